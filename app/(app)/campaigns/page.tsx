import type { Metadata } from "next";
import { CampaignList } from "@/components/campaigns/campaign-list";
import { CreateCampaignForm } from "@/components/campaigns/create-campaign-form";

export const metadata: Metadata = { title: "Campaigns · Leadport" };

export default function CampaignsPage() {
  return (
    <>
      <h1>Campaigns</h1>
      <p className="lede">Outbound campaigns and how many leads each one holds.</p>
      <div className="stack-gap">
        <CreateCampaignForm />
        <CampaignList />
      </div>
    </>
  );
}
