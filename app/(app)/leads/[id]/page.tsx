import type { Metadata } from "next";
import Link from "next/link";
import { LeadDetail } from "@/components/leads/lead-detail";
import { readForPage } from "@/server/auth/require-session";
import { getLead } from "@/server/services/leads/get-lead";

type Props = { params: Promise<{ id: string }> };

const readLead = (leadId: string) => readForPage((ctx) => getLead({ ctx, leadId }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lead = await readLead((await params).id);
  return { title: `${lead.email} · Leads · Leadport` };
}

export default async function LeadPage({ params }: Props) {
  const lead = await readLead((await params).id);
  return (
    <>
      <p className="breadcrumb">
        <Link href="/leads">← Leads</Link>
      </p>
      <LeadDetail key={lead.id} initialLead={lead} />
    </>
  );
}
