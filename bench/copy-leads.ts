import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type postgres from "postgres";
import { arrayLiteral } from "@/db/array-literal";
import type { PreparedLead } from "@/lib/leads/prepare-leads";
import { LEAD_TEXT_COLUMNS } from "@/server/services/leads/lead-columns";

/** COPY's text format: backslash escapes, `\N` for NULL (PostgreSQL docs, "COPY", File Formats). */
function copyText(value: string | null | undefined): string {
  if (value === null || value === undefined) return "\\N";
  return value.replace(/[\\\t\n\r]/g, (char) =>
    char === "\\" ? "\\\\" : char === "\t" ? "\\t" : char === "\n" ? "\\n" : "\\r",
  );
}

const LEAD_COLUMNS = [
  "workspace_id",
  "email_key",
  "email",
  "email_status",
  "tags",
  "custom_fields",
  ...LEAD_TEXT_COLUMNS.map(([, column]) => column),
];

export interface CopyOptions {
  /** `leads` unless given (the lean floor's table). */
  table?: string;
  /** When the lead at this position was created; the table's default (now) when absent. */
  createdAt?: (index: number) => Date;
  /** The id of the lead at this position; the table's default (a random UUID) when absent. */
  id?: (index: number) => string;
}

function* copyChunks(
  workspaceId: string,
  rows: readonly PreparedLead[],
  { createdAt, id }: CopyOptions,
): Generator<string> {
  const workspace = copyText(workspaceId);
  for (let start = 0; start < rows.length; start += 1_000) {
    let chunk = "";
    rows.slice(start, start + 1_000).forEach(({ emailKey, lead }, offset) => {
      chunk += `${workspace}\t${copyText(emailKey)}\t${copyText(lead.email)}\t`;
      chunk += `${copyText(lead.emailStatus ?? "unverified")}\t${copyText(arrayLiteral(lead.tags ?? []))}\t`;
      chunk += copyText(JSON.stringify(lead.customFields ?? {}));
      for (const [field] of LEAD_TEXT_COLUMNS) chunk += `\t${copyText(lead[field])}`;
      if (createdAt) chunk += `\t${createdAt(start + offset).toISOString()}`;
      if (id) chunk += `\t${id(start + offset)}`;
      chunk += "\n";
    });
    yield chunk;
  }
}

/** Streams cleaned leads into `leads` (or the lean table) with COPY, serialisation included. */
export async function copyLeads(
  target: postgres.Sql | postgres.TransactionSql,
  workspaceId: string,
  rows: readonly PreparedLead[],
  options: CopyOptions = {},
): Promise<void> {
  const columns = [
    ...LEAD_COLUMNS,
    ...(options.createdAt ? ["created_at"] : []),
    ...(options.id ? ["id"] : []),
  ];
  const table = options.table ?? "leads";
  const writable = await target`copy ${target(table)} (${target(columns)}) from stdin`.writable();
  await pipeline(Readable.from(copyChunks(workspaceId, rows, options)), writable);
}
