"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { countOf } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { MAX_UNDO_WINDOW_DAYS } from "@/lib/limits";

/** How long imports can be undone; owners change it in place. */
export function UndoWindow() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ids = useId();
  const undoWindow = useQuery(trpc.workspace.undoWindow.queryOptions());
  const me = useQuery(trpc.workspace.current.queryOptions());
  const [days, setDays] = useState<string | null>(null);
  const save = useMutation(
    trpc.workspace.setUndoWindow.mutationOptions({
      onSuccess: async () => {
        setDays(null);
        await queryClient.invalidateQueries({ queryKey: trpc.workspace.undoWindow.queryKey() });
        await queryClient.invalidateQueries({ queryKey: trpc.imports.pathKey() });
      },
    }),
  );
  if (!undoWindow.data) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({ days: Number(days) });
  };
  return (
    <div className="inline-form" data-testid="undo-window">
      <span>
        An import can be undone for {countOf(undoWindow.data.days, "day")} after it starts.
      </span>
      {me.data?.role === "owner" &&
        (days === null ? (
          <button
            type="button"
            className="link-button"
            onClick={() => setDays(String(undoWindow.data.days))}
          >
            Change
          </button>
        ) : (
          <form className="inline-form" onSubmit={submit}>
            <label htmlFor={`${ids}-days`}>Days</label>
            <input
              id={`${ids}-days`}
              type="number"
              min={1}
              max={MAX_UNDO_WINDOW_DAYS}
              required
              value={days}
              onChange={(event) => setDays(event.target.value)}
            />
            <button type="submit" className="button primary" disabled={save.isPending}>
              Save
            </button>
            <button type="button" className="button" onClick={() => setDays(null)}>
              Cancel
            </button>
          </form>
        ))}
      {save.error && <Notice tone="error">{save.error.message}</Notice>}
    </div>
  );
}
