import { sql } from "drizzle-orm";
import { index, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { WORKSPACE_ROLES } from "@/lib/fields/workspace-roles";
import { users } from "./users";
import { workspaces } from "./workspaces";

/**
 * An owner's invitation to join a workspace: a single-use link with an expiry. Looked up by the
 * token's hash before any workspace is known (like `api_keys`), so a reference table on Citus.
 */
export const workspaceInvites = pgTable(
  "workspace_invites",
  {
    workspaceId: text("workspace_id")
      .notNull()
      .references(() => workspaces.id, { onDelete: "cascade" }),
    id: text("id").notNull().default(sql`gen_random_uuid()::text`),
    email: text("email").notNull(),
    role: text("role", { enum: WORKSPACE_ROLES }).notNull().default("member"),
    /** Hex SHA-256 of the link's token; the token itself is never stored. */
    tokenHash: text("token_hash").notNull(),
    invitedBy: text("invited_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    uniqueIndex("workspace_invites_token_hash_key").on(t.tokenHash),
    index("workspace_invites_listing_idx").on(t.workspaceId, t.createdAt),
  ],
);
