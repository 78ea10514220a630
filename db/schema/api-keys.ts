import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { users } from "./users";
import { workspaces } from "./workspaces";

/**
 * Keys are looked up by hash before any workspace is known, so this is a reference table
 * (replicated everywhere on Citus) rather than one distributed by workspace.
 */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: text("id").primaryKey().default(sql`gen_random_uuid()::text`),
    kind: text("kind", { enum: ["workspace", "user"] }).notNull(),
    workspaceId: text("workspace_id").references(() => workspaces.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** The first characters of the key, safe to show in lists. */
    prefix: text("prefix").notNull(),
    /** Hex SHA-256 of the whole key; the key itself is never stored. */
    keyHash: text("key_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("api_keys_key_hash_key").on(t.keyHash),
    index("api_keys_workspace_idx").on(t.workspaceId),
    index("api_keys_user_idx").on(t.userId),
    check(
      "api_keys_owner_matches_kind",
      sql`(${t.kind} = 'workspace' and ${t.workspaceId} is not null and ${t.userId} is null)
        or (${t.kind} = 'user' and ${t.userId} is not null and ${t.workspaceId} is null)`,
    ),
  ],
);
