import type { Metadata } from "next";
import { LeadsBrowser } from "@/components/leads/leads-browser";

export const metadata: Metadata = { title: "Leads · Leadport" };

export default function LeadsPage() {
  return (
    <>
      <h1>Leads</h1>
      <p className="lede">
        Every lead in this workspace, newest first. Filter, pick columns, and act on the leads you
        select or on everything that matches.
      </p>
      <LeadsBrowser />
    </>
  );
}
