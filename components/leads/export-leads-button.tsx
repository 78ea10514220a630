import { countOf } from "@/components/ui/format";
import type { LeadSelection } from "@/lib/schemas/lead-selection";

/**
 * A plain form POST: the browser downloads the streamed CSV itself, however large, and the
 * selection (up to 5,000 ids) travels in the body rather than in a URL that would be too long.
 */
export function ExportLeadsButton({
  selection,
  count,
}: {
  selection: LeadSelection;
  count: number;
}) {
  return (
    <form method="post" action="/leads/export" className="inline-form">
      <input type="hidden" name="selection" value={JSON.stringify(selection)} />
      <button type="submit" className="button" disabled={count === 0}>
        Export {countOf(count, "lead")} to CSV
      </button>
    </form>
  );
}
