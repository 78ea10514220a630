import type { Metadata } from "next";
import { LeadsBrowser } from "@/components/leads/leads-browser";

export const metadata: Metadata = { title: "Leads · Leadport" };

export default async function LeadsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { importId } = await searchParams;
  return (
    <>
      <h1>Leads</h1>
      <p className="lede">Every lead in this workspace, newest first.</p>
      <LeadsBrowser initialImportId={typeof importId === "string" ? importId : ""} />
    </>
  );
}
