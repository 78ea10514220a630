import type { Metadata } from "next";
import Link from "next/link";
import { CampaignDetail } from "@/components/campaigns/campaign-detail";
import { readForPage } from "@/server/auth/require-session";
import { getCampaign } from "@/server/services/campaigns/get-campaign";

type Props = { params: Promise<{ id: string }> };

const readCampaign = (campaignId: string) => readForPage((ctx) => getCampaign({ ctx, campaignId }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const campaign = await readCampaign((await params).id);
  return { title: `${campaign.name} · Campaigns · Leadport` };
}

export default async function CampaignPage({ params }: Props) {
  const campaign = await readCampaign((await params).id);
  return (
    <>
      <p className="breadcrumb">
        <Link href="/campaigns">← Campaigns</Link>
      </p>
      <CampaignDetail key={campaign.id} initialCampaign={campaign} />
    </>
  );
}
