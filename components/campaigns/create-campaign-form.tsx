"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { Notice } from "@/components/ui/notice";
import { CAMPAIGN_STATUSES, type CampaignStatus } from "@/lib/fields/campaign-statuses";

/** Names a new campaign and opens its page, where leads are added. */
export function CreateCampaignForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const ids = useId();
  const [name, setName] = useState("");
  const [status, setStatus] = useState<CampaignStatus>("draft");
  const create = useMutation(
    trpc.campaigns.create.mutationOptions({
      onSuccess: (campaign) => {
        void queryClient.invalidateQueries({ queryKey: trpc.campaigns.list.queryKey() });
        router.push(`/campaigns/${encodeURIComponent(campaign.id)}`);
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim()) create.mutate({ name: name.trim(), status });
  };
  return (
    <section className="panel" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>New campaign</h2>
      <form className="inline-form" onSubmit={submit}>
        <label htmlFor={`${ids}-name`}>Name</label>
        <input
          id={`${ids}-name`}
          value={name}
          maxLength={200}
          required
          placeholder="e.g. Q3 founders outreach"
          onChange={(event) => setName(event.target.value)}
        />
        <label htmlFor={`${ids}-status`}>Status</label>
        <select
          id={`${ids}-status`}
          value={status}
          onChange={(event) => setStatus(event.target.value as CampaignStatus)}
        >
          {CAMPAIGN_STATUSES.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
        <button type="submit" className="button primary" disabled={create.isPending}>
          Create campaign
        </button>
      </form>
      {create.error && <Notice tone="error">{create.error.message}</Notice>}
    </section>
  );
}
