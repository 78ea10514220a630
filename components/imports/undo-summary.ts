import { countOf, formatCount } from "@/components/ui/format";
import type { UndoCounts } from "@/lib/schemas/imports";

function joined(parts: string[]): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}`;
}

/**
 * An undo's counts in one sentence: before it ("Undo would delete 120 leads, put back the values
 * of 20 leads and skip 3 conflicts.") or after it ("Undone: deleted 120 leads, …").
 */
export function describeUndo(counts: UndoCounts, { isPreview }: { isPreview: boolean }): string {
  const words = isPreview
    ? { delete: "delete", putBack: "put back", remove: "remove", skip: "skip", force: "overwrite" }
    : {
        delete: "deleted",
        putBack: "put back",
        remove: "removed",
        skip: "skipped",
        force: "overwrote",
      };
  const parts: string[] = [];
  const deleted = counts.deleted + counts.deletedAgain;
  if (deleted > 0) {
    const again =
      counts.deletedAgain > 0 ? ` (${formatCount(counts.deletedAgain)} it had restored)` : "";
    parts.push(`${words.delete} ${countOf(deleted, "lead")}${again}`);
  }
  if (counts.reverted > 0)
    parts.push(`${words.putBack} the values of ${countOf(counts.reverted, "lead")}`);
  if (counts.membershipsRemoved > 0) {
    parts.push(`${words.remove} ${countOf(counts.membershipsRemoved, "campaign membership")}`);
  }
  const kept = counts.conflicts - counts.overridden;
  if (counts.overridden > 0) parts.push(`${words.force} ${countOf(counts.overridden, "conflict")}`);
  if (kept > 0) parts.push(`${words.skip} ${countOf(kept, "conflict")}`);
  if (parts.length === 0)
    return isPreview ? "Undo would change nothing." : "Undone: nothing to change.";
  return isPreview ? `Undo would ${joined(parts)}.` : `Undone: ${joined(parts)}.`;
}
