"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { countOf, formatCount } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { CAMPAIGN_STATUSES, type CampaignStatus } from "@/lib/fields/campaign-statuses";
import type { Campaign } from "@/lib/schemas/campaign";

interface Props {
  campaign: Campaign;
  onChanged: () => void;
}

/** Name, status and member counts, with rename, status change, CSV import and delete. */
export function CampaignHeader({ campaign, onChanged }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const ids = useId();
  const [name, setName] = useState<string | null>(null);
  const update = useMutation(
    trpc.campaigns.update.mutationOptions({
      onSuccess: () => {
        setName(null);
        onChanged();
      },
    }),
  );
  const remove = useMutation(
    trpc.campaigns.delete.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.campaigns.list.queryKey() });
        router.push("/campaigns");
      },
    }),
  );
  const rename = (event: FormEvent) => {
    event.preventDefault();
    if (name?.trim()) update.mutate({ campaignId: campaign.id, changes: { name: name.trim() } });
  };
  const counts = campaign.leadCounts;
  return (
    <header className="stack-gap">
      {name === null ? (
        <div className="campaign-title">
          <h1>{campaign.name}</h1>
          <button type="button" className="link-button" onClick={() => setName(campaign.name)}>
            Rename
          </button>
        </div>
      ) : (
        <form className="inline-form" onSubmit={rename}>
          <label htmlFor={`${ids}-name`}>Campaign name</label>
          <input
            id={`${ids}-name`}
            value={name}
            maxLength={200}
            required
            onChange={(event) => setName(event.target.value)}
          />
          <button type="submit" className="button primary" disabled={update.isPending}>
            Save name
          </button>
          <button type="button" className="button" onClick={() => setName(null)}>
            Cancel
          </button>
        </form>
      )}
      <p className="lede" data-testid="campaign-counts">
        {countOf(counts.total, "lead")} · {formatCount(counts.pending)} pending ·{" "}
        {formatCount(counts.active)} active · {formatCount(counts.completed)} completed
      </p>
      <div className="inline-form">
        <label htmlFor={`${ids}-status`}>Status</label>
        <select
          id={`${ids}-status`}
          value={campaign.status}
          disabled={update.isPending}
          onChange={(event) =>
            update.mutate({
              campaignId: campaign.id,
              changes: { status: event.target.value as CampaignStatus },
            })
          }
        >
          {CAMPAIGN_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
        <Link className="button" href={`/import?campaignId=${encodeURIComponent(campaign.id)}`}>
          Import a CSV into this campaign
        </Link>
        <ConfirmAction
          action="Delete campaign"
          question="Delete the campaign? Its leads stay in the workspace."
          confirmLabel="Yes, delete"
          onConfirm={() => remove.mutateAsync({ campaignId: campaign.id })}
        />
      </div>
      {(update.error ?? remove.error) && (
        <Notice tone="error">{(update.error ?? remove.error)?.message}</Notice>
      )}
    </header>
  );
}
