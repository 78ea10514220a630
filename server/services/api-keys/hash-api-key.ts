import { createHash, randomBytes } from "node:crypto";
import {
  type ApiKeyKind,
  PLATFORM_KEY_PREFIX,
  WORKSPACE_KEY_PREFIX,
} from "@/lib/keys/api-key-format";

export function hashApiKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

export function generateApiKey(kind: ApiKeyKind): string {
  const prefix = kind === "user" ? PLATFORM_KEY_PREFIX : WORKSPACE_KEY_PREFIX;
  return prefix + randomBytes(20).toString("hex");
}
