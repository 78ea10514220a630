import { sql } from "drizzle-orm";
import { rowsOf, type Tx } from "@/db/client";
import { tallyOutcomes } from "@/lib/leads/outcome-tally";
import type { RowOutcome } from "@/lib/leads/row-outcome";
import { ServiceError } from "@/server/errors";

/**
 * Locks the workspace row for the rest of the transaction and counts its active leads: imports
 * into a workspace with a contact limit then run one at a time, so none can race past the limit.
 */
export async function lockWorkspaceAndCountLeads(tx: Tx, workspaceId: string): Promise<number> {
  await tx.execute(sql`select 1 from workspaces where id = ${workspaceId} for update`);
  const [row] = rowsOf<{ active: number | string }>(
    await tx.execute(
      sql`select count(*) as active from leads where workspace_id = ${workspaceId} and deleted_at is null`,
    ),
  );
  return Number(row?.active ?? 0);
}

/** Seeds' README, "Plan limit": net-new leads past the limit refuse the whole request. */
export function assertWithinLimit(
  outcomes: ReadonlyMap<number, RowOutcome>,
  activeBefore: number,
  limit: number,
) {
  const tally = tallyOutcomes(outcomes.values());
  const netNew = tally.created + tally.restored;
  if (netNew > 0 && activeBefore + netNew > limit) {
    throw new ServiceError(
      "PLAN_LIMIT_EXCEEDED",
      `Workspace contact limit exceeded: ${activeBefore} of ${limit} contacts used, this request adds ${netNew}`,
      { limit, current: activeBefore, requested: netNew },
    );
  }
}
