import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Sign-in attempts per account in the current lockout window, shared by every app server. Keyed by
 * a hash of the email as typed (trimmed, lower-cased), so guesses at unknown accounts count too
 * and the table keeps no address nobody registered.
 */
export const signInAttempts = pgTable("sign_in_attempts", {
  emailHash: text("email_hash").primaryKey(),
  attempts: integer("attempts").notNull(),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
});
