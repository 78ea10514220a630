import type { DbOrTx } from "@/db/client";
import { apiKeys } from "@/db/schema";
import { displayPrefixOf } from "@/lib/keys/api-key-format";
import { generateApiKey, hashApiKey } from "./hash-api-key";

type Owner = { kind: "workspace"; workspaceId: string } | { kind: "user"; userId: string };

export interface CreatedApiKey {
  id: string;
  name: string;
  kind: "workspace" | "user";
  prefix: string;
  createdAt: Date;
  /** The whole key: returned once, never stored. */
  key: string;
}

export async function createApiKey({
  db,
  input,
}: {
  db: DbOrTx;
  input: Owner & { name: string };
}): Promise<CreatedApiKey> {
  const key = generateApiKey(input.kind);
  const [row] = await db
    .insert(apiKeys)
    .values({
      kind: input.kind,
      workspaceId: input.kind === "workspace" ? input.workspaceId : null,
      userId: input.kind === "user" ? input.userId : null,
      name: input.name,
      prefix: displayPrefixOf(key),
      keyHash: hashApiKey(key),
    })
    .returning();
  if (!row) throw new Error("API key insert returned no row");
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    prefix: row.prefix,
    createdAt: row.createdAt,
    key,
  };
}
