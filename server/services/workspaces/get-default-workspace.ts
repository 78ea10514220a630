import { asc } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { workspaces } from "@/db/schema";
import { ServiceError } from "@/server/errors";

/** The workspace the first run created: the oldest one. */
export async function getDefaultWorkspace({ db }: { db: DbOrTx }) {
  const [row] = await db.select().from(workspaces).orderBy(asc(workspaces.createdAt)).limit(1);
  if (!row) throw new ServiceError("NOT_FOUND", "No workspace exists yet");
  return row;
}
