import { memoryBytes } from "@/lib/csv/byte-source";
import { readTable } from "@/lib/table/read-table";
import { workbookFixture } from "../datasets";
import { watchRss } from "../rss";
import { timed } from "../stats";
import type { WorkerResult } from "../worker-protocol";

/** What the server does with an upload before the engine: the scan, then the rows in pieces. */
function readUpload(bytes: Uint8Array) {
  const scan = timed(() => readTable(memoryBytes(bytes), { firstRows: 200, maxRows: 50_000 }));
  return scan.then(async ({ ms, value }) => {
    const rows = await timed(() => {
      let count = 0;
      for (const piece of value.rows()) count += piece.length;
      return count;
    });
    return { scan: ms, rows: rows.ms, count: rows.value };
  });
}

/**
 * The server's reading of the 50,000-row workbook (open, first pass, second pass) beside the same
 * reading of the CSV it came from: what a workbook costs before any lead is written.
 */
export async function workbookParseCase(): Promise<WorkerResult> {
  const { xlsx, csv } = workbookFixture();
  // One read of each first: the timed reads meet warm code, as a serving process does.
  await readUpload(xlsx);
  await readUpload(csv);
  const rss = watchRss(process.pid);
  const workbook = await readUpload(xlsx);
  const text = await readUpload(csv);
  return {
    ms: workbook.scan + workbook.rows,
    phases: {
      "xlsx scan": workbook.scan,
      "xlsx rows": workbook.rows,
      "csv scan": text.scan,
      "csv rows": text.rows,
    },
    rss: rss.stop(),
    counts: { rows: workbook.count, csvRows: text.count },
  };
}
