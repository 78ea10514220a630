import { and, desc, eq, lt, or, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { decodeCursor, encodeCursor } from "@/lib/pagination/cursor";
import { ServiceError } from "@/server/errors";

interface Keyset {
  createdAt: PgColumn;
  id: PgColumn;
}

/** Rows strictly after the cursor in newest-first (createdAt, id) order; none without a cursor. */
export function afterCursor(columns: Keyset, cursor: string | undefined): SQL | undefined {
  if (!cursor) return undefined;
  const decoded = decodeCursor(cursor);
  if (!decoded) throw new ServiceError("VALIDATION_ERROR", "Invalid cursor");
  return or(
    lt(columns.createdAt, decoded.createdAt),
    and(eq(columns.createdAt, decoded.createdAt), lt(columns.id, decoded.id)),
  );
}

export function newestFirst(columns: Keyset): SQL[] {
  return [desc(columns.createdAt), desc(columns.id)];
}

/** Cuts the `limit + 1` rows a page query fetched into the page and the next cursor. */
export function toPage<T extends { createdAt: Date; id: string }>(rows: T[], limit: number) {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    page,
    nextCursor: rows.length > limit && last ? encodeCursor(last.createdAt, last.id) : null,
  };
}
