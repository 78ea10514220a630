"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { countOf, formatDate } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import type { ImportDetail } from "@/lib/schemas/imports";
import { UndoConflicts } from "./undo-conflicts";
import { describeUndo } from "./undo-summary";

/**
 * Undo, in two steps: a preview (the same undo, rolled back) says what it would do and lists the
 * leads changed since, then Undo does it; "also undo those" is the API's `force`.
 */
export function UndoPanel({ run }: { run: ImportDetail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = useId();
  const [isForced, setIsForced] = useState(false);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.imports.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.leads.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.campaigns.pathKey() }),
    ]);
  const preview = useMutation(trpc.imports.undo.mutationOptions());
  const undo = useMutation(trpc.imports.undo.mutationOptions({ onSuccess: refresh }));

  if (run.undo) {
    return (
      <section className="panel" aria-labelledby={`${ids}-title`}>
        <h2 id={`${ids}-title`}>Undo</h2>
        <Notice
          tone="ok"
          title={`Undone ${formatDate(run.undo.at)}${run.undo.by ? ` by ${run.undo.by.name}` : ""}`}
        >
          {describeUndo(run.undo.counts, { isPreview: false })}
        </Notice>
      </section>
    );
  }
  const isPastWindow =
    run.undoableUntil !== null && new Date(run.undoableUntil).getTime() < Date.now();
  const conflicts = preview.data?.counts.conflicts ?? 0;
  return (
    <section className="panel stack-gap" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Undo</h2>
      {run.status === "running" ? (
        <p className="muted">An import can be undone once it has ended.</p>
      ) : isPastWindow ? (
        <p className="muted">The time to undo this import ended {formatDate(run.undoableUntil)}.</p>
      ) : (
        <>
          <p className="muted">
            Deletes the leads it created, deletes again the leads it restored, gives the leads it
            updated their values back and removes the campaign memberships it added. Leads changed
            since are left as they are, unless you choose otherwise. Possible until{" "}
            {formatDate(run.undoableUntil)}.
          </p>
          <div className="actions">
            <button
              type="button"
              className="button"
              disabled={preview.isPending}
              onClick={() => preview.mutate({ importId: run.id, dryRun: true, force: isForced })}
            >
              Preview undo
            </button>
          </div>
          {preview.error && <Notice tone="error">{preview.error.message}</Notice>}
          {preview.data && (
            <div className="stack-gap" data-testid="undo-preview">
              <Notice tone={conflicts > 0 ? "warn" : "info"}>
                {describeUndo(preview.data.counts, { isPreview: true })}
              </Notice>
              {conflicts > 0 && (
                <>
                  <UndoConflicts conflicts={preview.data.conflicts} total={conflicts} />
                  <label className="checkbox">
                    <input
                      type="checkbox"
                      checked={isForced}
                      onChange={(event) => {
                        setIsForced(event.target.checked);
                        preview.mutate({
                          importId: run.id,
                          dryRun: true,
                          force: event.target.checked,
                        });
                      }}
                    />{" "}
                    Undo the {countOf(conflicts, "lead")} changed since too (their later changes to
                    what this import set are overwritten)
                  </label>
                </>
              )}
              <ConfirmAction
                action="Undo import"
                question="Take this import back?"
                confirmLabel="Yes, undo it"
                onConfirm={() =>
                  undo.mutateAsync({ importId: run.id, dryRun: false, force: isForced })
                }
              />
            </div>
          )}
          {undo.error && <Notice tone="error">{undo.error.message}</Notice>}
        </>
      )}
    </section>
  );
}
