"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { countOf } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import type { AddCampaignLeadsBody } from "@/lib/schemas/campaign";
import type { LeadSelection } from "@/lib/schemas/lead-selection";
import { useRefreshWorkspaceData } from "./use-refresh-workspace-data";

interface Props {
  /** Null while nothing is selected: the actions wait, and the last outcome stays shown. */
  selection: LeadSelection | null;
  campaignBody: AddCampaignLeadsBody | null;
  count: number;
  /** Told what was done, in words; the caller shows it (the list may be gone by then). */
  onDone: (outcome: string) => void;
}

const NEW_CAMPAIGN = "__new__";

function addedMessage(result: { added: number; skipped: number }, name: string): string {
  const skipped =
    result.skipped > 0 ? ` (${countOf(result.skipped, "was", "were")} already in it)` : "";
  return `Added ${countOf(result.added, "lead")} to “${name}”${skipped}.`;
}

/** Tag, untag, add to a campaign (a new one too) or delete the selected leads, set-based. */
export function BulkActions({ selection, campaignBody, count, onDone }: Props) {
  const trpc = useTRPC();
  const ids = useId();
  const refresh = useRefreshWorkspaceData();
  const [tag, setTag] = useState("");
  const [campaignId, setCampaignId] = useState("");
  const [newCampaignName, setNewCampaignName] = useState("");
  const campaigns = useQuery(trpc.campaigns.list.queryOptions({ limit: 200 }));
  const finish = async (outcome: string) => {
    onDone(outcome);
    await refresh();
  };
  const tagLeads = useMutation(
    trpc.leads.tag.mutationOptions({
      onSuccess: (result, input) =>
        finish(
          input.action === "add"
            ? `Tagged ${countOf(result.changed, "lead")} “${input.tag}”${result.matched > result.changed ? ` (${countOf(result.matched - result.changed, "lead")} already had it)` : ""}.`
            : `Removed “${input.tag}” from ${countOf(result.changed, "lead")}.`,
        ),
    }),
  );
  const createCampaign = useMutation(trpc.campaigns.create.mutationOptions());
  const addToCampaign = useMutation(trpc.campaigns.addLeads.mutationOptions());
  const deleteLeads = useMutation(
    trpc.leads.deleteMany.mutationOptions({
      onSuccess: (result) => finish(`Deleted ${countOf(result.deleted, "lead")}.`),
    }),
  );
  const error = tagLeads.error ?? createCampaign.error ?? addToCampaign.error ?? deleteLeads.error;
  const isBusy =
    tagLeads.isPending ||
    createCampaign.isPending ||
    addToCampaign.isPending ||
    deleteLeads.isPending;
  const isDisabled = isBusy || selection === null;

  const submitTag = (action: "add" | "remove") => {
    if (selection && tag.trim()) tagLeads.mutate({ selection, tag: tag.trim(), action });
  };
  const submitCampaign = async (event: FormEvent) => {
    event.preventDefault();
    if (!campaignBody) return;
    const target =
      campaignId === NEW_CAMPAIGN
        ? await createCampaign.mutateAsync({ name: newCampaignName.trim() })
        : campaigns.data?.campaigns.find((campaign) => campaign.id === campaignId);
    if (!target) return;
    const result = await addToCampaign.mutateAsync({ campaignId: target.id, body: campaignBody });
    setCampaignId(target.id);
    setNewCampaignName("");
    await finish(addedMessage(result, target.name));
  };

  return (
    <section className="bulk-bar" aria-label="Bulk actions">
      <strong aria-live="polite">
        {count === 0 ? "Tick leads below to act on them" : `${countOf(count, "lead")} selected`}
      </strong>
      <div className="inline-form">
        <label htmlFor={`${ids}-tag`}>Tag</label>
        <input
          id={`${ids}-tag`}
          value={tag}
          maxLength={100}
          onChange={(event) => setTag(event.target.value)}
        />
        <button
          type="button"
          className="button"
          disabled={isDisabled || !tag.trim()}
          onClick={() => submitTag("add")}
        >
          Add tag
        </button>
        <button
          type="button"
          className="button"
          disabled={isDisabled || !tag.trim()}
          onClick={() => submitTag("remove")}
        >
          Remove tag
        </button>
      </div>
      <form className="inline-form" onSubmit={submitCampaign}>
        <label htmlFor={`${ids}-campaign`}>Campaign</label>
        <select
          id={`${ids}-campaign`}
          value={campaignId}
          onChange={(event) => setCampaignId(event.target.value)}
        >
          <option value="">Choose…</option>
          {campaigns.data?.campaigns.map((campaign) => (
            <option key={campaign.id} value={campaign.id}>
              {campaign.name}
            </option>
          ))}
          <option value={NEW_CAMPAIGN}>New campaign…</option>
        </select>
        {campaignId === NEW_CAMPAIGN && (
          <input
            aria-label="New campaign name"
            placeholder="Name"
            value={newCampaignName}
            maxLength={200}
            required
            onChange={(event) => setNewCampaignName(event.target.value)}
          />
        )}
        <button type="submit" className="button" disabled={isDisabled || !campaignId}>
          Add to campaign
        </button>
      </form>
      <ConfirmAction
        action="Delete"
        question={`Delete ${countOf(count, "lead")}? Importing their emails again brings them back.`}
        confirmLabel="Yes, delete"
        isDisabled={isDisabled}
        onConfirm={async () => selection && (await deleteLeads.mutateAsync({ selection }))}
      />
      {error && <Notice tone="error">{error.message}</Notice>}
    </section>
  );
}
