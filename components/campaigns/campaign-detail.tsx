"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "@/components/trpc-provider";
import { Notice } from "@/components/ui/notice";
import type { Campaign } from "@/lib/schemas/campaign";
import { CampaignHeader } from "./campaign-header";
import { CampaignLeadPicker } from "./campaign-lead-picker";
import { CampaignMembers } from "./campaign-members";

/** A campaign's page: its header, its members, and the ways to add leads to it. */
export function CampaignDetail({ initialCampaign }: { initialCampaign: Campaign }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const campaign = useQuery({
    ...trpc.campaigns.get.queryOptions({ campaignId: initialCampaign.id }),
    initialData: initialCampaign,
  });
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.campaigns.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.leads.pathKey() }),
    ]);
  if (campaign.error) return <Notice tone="error">{campaign.error.message}</Notice>;
  return (
    <div className="stack-gap">
      <CampaignHeader campaign={campaign.data} onChanged={refresh} />
      <CampaignMembers campaignId={campaign.data.id} onChanged={refresh} />
      <CampaignLeadPicker campaignId={campaign.data.id} onAdded={refresh} />
    </div>
  );
}
