import { getDb } from "@/db/client";
import { leadSelectionSchema } from "@/lib/schemas/lead-selection";
import { sessionServiceContext } from "@/server/auth/session-context";
import { isServiceError } from "@/server/errors";
import { isCrossSiteRequest } from "@/server/http/is-cross-site-request";
import { findSession, SESSION_COOKIE } from "@/server/services/auth/sessions";
import { exportLeadsCsv } from "@/server/services/leads/export-leads-csv";
import { readCookie } from "@/server/trpc/cookies";

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

function readSelection(form: FormData | null) {
  try {
    return leadSelectionSchema.safeParse(JSON.parse(String(form?.get("selection") ?? "")));
  } catch {
    return null;
  }
}

/**
 * The leads page's CSV export: a form POST from the app's own pages (cross-site ones are refused,
 * as on the tRPC door) carrying the selection as JSON; the file streams as it is read.
 */
export async function POST(request: Request): Promise<Response> {
  if (isCrossSiteRequest(request)) return plain(403, "Export from Leadport's own leads page.");
  const db = await getDb();
  const session = await findSession(db, readCookie(request.headers, SESSION_COOKIE));
  if (!session) return plain(401, "Sign in to export leads.");
  const selection = readSelection(await request.formData().catch(() => null));
  if (!selection?.success) return plain(400, "The export's selection is not valid.");
  const ctx = sessionServiceContext(db, session);
  let lines: AsyncGenerator<string>;
  try {
    lines = await exportLeadsCsv({ ctx, selection: selection.data });
  } catch (error) {
    if (isServiceError(error)) return plain(400, error.message);
    ctx.logger.error("lead export failed", { error });
    return plain(500, "The export failed; please try again.");
  }
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await lines.next();
        if (done) controller.close();
        else controller.enqueue(encoder.encode(value));
      } catch (error) {
        ctx.logger.error("lead export failed while streaming", { error });
        controller.error(error);
      }
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="leads-${day}.csv"`,
      "cache-control": "no-store",
    },
  });
}
