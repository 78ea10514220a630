"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { formatDate } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import type { Lead } from "@/lib/schemas/lead";
import { LeadEditForm } from "./lead-edit-form";
import { LeadHistory } from "./lead-history";
import { useRefreshWorkspaceData } from "./use-refresh-workspace-data";

function nameOf(lead: Lead): string {
  return [lead.firstName, lead.lastName].filter(Boolean).join(" ") || lead.email;
}

function LeadCampaigns({ leadId }: { leadId: string }) {
  const trpc = useTRPC();
  const campaigns = useQuery(trpc.leads.campaigns.queryOptions({ leadId }));
  return (
    <section className="panel" aria-labelledby="lead-campaigns-title">
      <h2 id="lead-campaigns-title">Campaigns</h2>
      {campaigns.isPending ? (
        <p role="status">Loading campaigns…</p>
      ) : campaigns.error ? (
        <p className="error-text">{campaigns.error.message}</p>
      ) : campaigns.data.length === 0 ? (
        <p className="muted">
          In no campaign yet. Add it from the <Link href="/leads">leads list</Link> or a campaign's
          page.
        </p>
      ) : (
        <ul className="compact-list" data-testid="lead-campaigns">
          {campaigns.data.map((campaign) => (
            <li key={campaign.id}>
              <Link href={`/campaigns/${encodeURIComponent(campaign.id)}`}>{campaign.name}</Link>{" "}
              <span className="badge">{campaign.membershipStatus}</span>{" "}
              <span className="muted">since {formatDate(campaign.addedAt)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A lead's page: its fields to edit, its campaigns, its history, and a (soft) delete. */
export function LeadDetail({ initialLead }: { initialLead: Lead }) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const refresh = useRefreshWorkspaceData();
  const [lead, setLead] = useState(initialLead);
  const remove = useMutation(
    trpc.leads.delete.mutationOptions({
      onSuccess: () => {
        router.push("/leads");
        void refresh();
      },
    }),
  );
  return (
    <div className="stack-gap">
      <header className="lead-header">
        <h1>{nameOf(lead)}</h1>
        <p className="lede">
          {lead.email}
          {lead.companyName ? ` · ${lead.companyName}` : ""} · added {formatDate(lead.createdAt)}
        </p>
        <ConfirmAction
          action="Delete lead"
          question="Delete this lead? Importing its email again brings it back."
          confirmLabel="Yes, delete"
          onConfirm={() => remove.mutateAsync({ leadId: lead.id })}
        />
        {remove.error && <Notice tone="error">{remove.error.message}</Notice>}
      </header>
      <LeadEditForm
        lead={lead}
        onSaved={(saved) => {
          setLead(saved);
          void queryClient.invalidateQueries({ queryKey: trpc.leads.pathKey() });
        }}
      />
      <LeadCampaigns leadId={lead.id} />
      <LeadHistory leadId={lead.id} />
    </div>
  );
}
