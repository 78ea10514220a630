/** Platform keys belong to a user; the longer prefix must be checked first (seeds' README, "Auth"). */
export const PLATFORM_KEY_PREFIX = "sk_user_";
export const WORKSPACE_KEY_PREFIX = "sk_";

export type ApiKeyKind = "workspace" | "user";

/** 160 random bits, hex-encoded, so no key can accidentally start with "user_". */
const SECRET_PATTERN = /^[0-9a-f]{40}$/;

export function apiKeyKindOf(key: string): ApiKeyKind | null {
  if (key.startsWith(PLATFORM_KEY_PREFIX)) {
    return SECRET_PATTERN.test(key.slice(PLATFORM_KEY_PREFIX.length)) ? "user" : null;
  }
  if (key.startsWith(WORKSPACE_KEY_PREFIX)) {
    return SECRET_PATTERN.test(key.slice(WORKSPACE_KEY_PREFIX.length)) ? "workspace" : null;
  }
  return null;
}

/** What lists show of a key: its prefix and the first characters of its secret. */
export function displayPrefixOf(key: string): string {
  const prefix = key.startsWith(PLATFORM_KEY_PREFIX) ? PLATFORM_KEY_PREFIX : WORKSPACE_KEY_PREFIX;
  return key.slice(0, prefix.length + 6);
}
