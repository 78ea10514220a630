import { createTRPCClient, httpLink, TRPCClientError } from "@trpc/client";
import { type OutcomeTally, tallyOutcomes } from "@/lib/leads/outcome-tally";
import type { AppRouter } from "@/server/trpc/root";
import { isTemporaryFailure, messageOf } from "../run/is-temporary-failure";
import type { CsvSession } from "./csv-session";
import type { ChunkTarget } from "./worker-protocol";

/**
 * Each chunk in a request of its own: in a batch its answer would wait for the slowest call's.
 * The body goes as a Blob: Chromium takes a string body of a few hundred KB in about 30 ms of
 * the worker's CPU, the same bytes as a Blob in about 12 ms.
 */
const server = createTRPCClient<AppRouter>({
  links: [
    httpLink({
      url: "/api/trpc",
      fetch: (url, init) =>
        fetch(
          url,
          typeof init?.body === "string" ? { ...init, body: new Blob([init.body]) } : init,
        ),
    }),
  ],
});

/**
 * Sends chunk `index` of the session's plan and keeps its rows' outcomes in the session; answers
 * their tally. `inQueue` runs a step in turn with the worker's other requests: building the chunk
 * and keeping its outcomes do, the server's answer is awaited outside, so chunks overlap.
 */
export async function sendChunk(
  session: CsvSession,
  index: number,
  target: ChunkTarget,
  inQueue: <T>(step: () => T) => Promise<T>,
): Promise<OutcomeTally> {
  const chunk = await inQueue(() => session.chunk(index));
  const answer = await server.imports.chunk.mutate({
    ...(target.importId ? { importId: target.importId } : {}),
    chunkIndex: index,
    rowNumbers: chunk.rowNumbers,
    targets: chunk.targets,
    rows: chunk.rows,
    edits: chunk.edits,
    options: target.options,
    dryRun: target.dryRun,
  });
  const run = target.dryRun ? "dry-run" : "import";
  await inQueue(() => session.keepOutcomes(run, answer.outcomes));
  return tallyOutcomes(answer.outcomes);
}

/** What the page is told of a chunk's request the server did not answer with outcomes. */
export function sendFailureOf(error: unknown): { message: string; isTemporary: boolean } | null {
  if (!(error instanceof TRPCClientError)) return null;
  return { message: messageOf(error), isTemporary: isTemporaryFailure(error) };
}
