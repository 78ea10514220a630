import { and, eq, sql } from "drizzle-orm";
import { imports, leads } from "@/db/schema";
import { failureMessage } from "@/lib/leads/failure-messages";
import { wizardCountKeyOf } from "@/lib/leads/outcome-tally";
import { leadIdOf, type NumberedOutcome, type OutcomeKind } from "@/lib/leads/row-outcome";
import type { ListImportRowsQuery } from "@/lib/schemas/imports";
import { ServiceError } from "@/server/errors";
import type { ServiceContext } from "@/server/services/context";
import { readRowReport } from "./read-row-report";
import { readWizardEdits } from "./read-wizard-edits";

/** The outcome kinds each of the report's filters keeps (the wizard's figures). */
const KINDS_OF: Record<NonNullable<ListImportRowsQuery["outcome"]>, OutcomeKind[]> = {
  created: ["created"],
  updated: ["updated"],
  skipped: ["existing", "deleted-match"],
  restored: ["restored"],
  failed: ["failed"],
  repeated: ["repeated"],
};

function detailOf(outcome: NumberedOutcome): string | null {
  switch (outcome.kind) {
    case "failed":
      return failureMessage(outcome);
    case "repeated":
      return `Same email as row ${outcome.firstRow}, which counts`;
    case "existing":
      return "Already in the workspace";
    case "deleted-match":
      return "Matches a deleted lead, left deleted";
    default:
      return null;
  }
}

/**
 * `GET /v1/imports/{id}/rows` and the import page's row report: every row's outcome in row order,
 * a page at a time after row `after`, optionally only one outcome, read and filtered in the
 * database. A row is shown with its email as sent when it failed, else with its lead's email (a
 * repeat's, its first row's lead's).
 */
export async function listImportRows({
  ctx,
  importId,
  input,
}: {
  ctx: ServiceContext;
  importId: string;
  input: ListImportRowsQuery;
}) {
  const [run] = await ctx.db
    .select({ id: imports.id })
    .from(imports)
    .where(and(eq(imports.workspaceId, ctx.workspaceId), eq(imports.id, importId)));
  if (!run) throw new ServiceError("NOT_FOUND", "Import not found");
  const matching = await readRowReport(ctx, importId, {
    after: input.after,
    kinds: input.outcome ? KINDS_OF[input.outcome] : undefined,
    limit: input.limit + 1,
  });
  const page = matching.slice(0, input.limit);
  const firstRows = page.flatMap((outcome) =>
    outcome.kind === "repeated" ? [outcome.firstRow] : [],
  );
  const firsts =
    firstRows.length > 0 ? await readRowReport(ctx, importId, { rows: firstRows }) : [];
  const leadOfRow = new Map(firsts.map((outcome) => [outcome.row, leadIdOf(outcome)]));
  const leadIdOfOutcome = (outcome: NumberedOutcome) =>
    outcome.kind === "repeated" ? leadOfRow.get(outcome.firstRow) : leadIdOf(outcome);
  const edits = await readWizardEdits(
    ctx,
    importId,
    page.map((outcome) => outcome.row),
  );
  const emails = await leadEmails(
    ctx,
    page.flatMap((outcome) => leadIdOfOutcome(outcome) ?? []),
  );
  return {
    rows: page.map((outcome) => {
      const leadId = leadIdOfOutcome(outcome) ?? null;
      return {
        row: outcome.row,
        outcome: wizardCountKeyOf(outcome.kind),
        email:
          outcome.kind === "failed" ? (outcome.email ?? null) : (emails.get(leadId ?? "") ?? null),
        leadId: outcome.kind === "repeated" ? null : leadId,
        detail: detailOf(outcome),
        edits: (edits.get(outcome.row) ?? []).map(({ column, before, after }) => ({
          column,
          before,
          after,
        })),
      };
    }),
    nextAfter: matching.length > input.limit ? (page.at(-1)?.row ?? null) : null,
  };
}

async function leadEmails(ctx: ServiceContext, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await ctx.db
    .select({ id: leads.id, email: leads.email })
    .from(leads)
    .where(
      and(
        eq(leads.workspaceId, ctx.workspaceId),
        sql`${leads.id} = any(array(select json_array_elements_text(${JSON.stringify(ids)}::json)))`,
      ),
    );
  return new Map(rows.map((row) => [row.id, row.email]));
}
