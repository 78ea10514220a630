"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { hasFilters } from "@/components/leads/lead-filter-form";
import { LeadFiltersBar } from "@/components/leads/lead-filters-bar";
import { LeadsTable } from "@/components/leads/leads-table";
import { SelectionSummary } from "@/components/leads/selection-summary";
import { useLeadFilterForm } from "@/components/leads/use-lead-filter-form";
import { useLeadPage } from "@/components/leads/use-lead-page";
import { useTRPC } from "@/components/trpc-provider";
import { countOf } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { Pager } from "@/components/ui/pager";

const PICKER_COLUMNS = ["email", "name", "companyName", "country", "tags"];

/**
 * Seed 004's three ways to add leads, as the user meets them: tick leads (mode 1), or select
 * everything a filter matches (mode 2), or everything with no filter, unticking any to leave
 * them out (mode 3, `excludeIds`). Leads already in the campaign are skipped by the server.
 */
export function CampaignLeadPicker({
  campaignId,
  onAdded,
}: {
  campaignId: string;
  onAdded: () => void;
}) {
  const trpc = useTRPC();
  const { form, setForm, filters } = useLeadFilterForm({ isInUrl: false });
  const page = useLeadPage(filters);
  const [outcome, setOutcome] = useState<string | null>(null);
  const add = useMutation(
    trpc.campaigns.addLeads.mutationOptions({
      onSuccess: (result) => {
        const skipped =
          result.skipped > 0 ? ` ${countOf(result.skipped, "was", "were")} already in it.` : "";
        const errors = "errors" in result && result.errors ? result.errors.length : 0;
        setOutcome(
          `Added ${countOf(result.added, "lead")}.${skipped}${errors ? ` ${countOf(errors, "lead")} could not be added.` : ""}`,
        );
        page.dispatch({ type: "clear" });
        onAdded();
      },
    }),
  );
  return (
    <section className="panel stack-gap" aria-labelledby="add-leads-title">
      <h2 id="add-leads-title">Add leads</h2>
      <p className="hint">
        Tick leads to add them, or tick the page and select all that match the filter. With no
        filter, that is every lead in the workspace; untick any you want to leave out.
      </p>
      <LeadFiltersBar form={form} onChange={setForm} />
      {outcome && <Notice tone="ok">{outcome}</Notice>}
      {add.error && <Notice tone="error">{add.error.message}</Notice>}
      <div className="leads-toolbar">
        <SelectionSummary page={page} isFiltered={hasFilters(filters)} />
        <button
          type="button"
          className="button primary"
          disabled={!page.campaignBody || add.isPending}
          onClick={() => page.campaignBody && add.mutate({ campaignId, body: page.campaignBody })}
        >
          Add {countOf(page.selected, "lead")} to this campaign
        </button>
      </div>
      {page.leads.length > 0 && (
        <LeadsTable
          leads={page.leads}
          columns={PICKER_COLUMNS}
          selection={page.selection}
          onSelect={page.dispatch}
        />
      )}
      <Pager label="Lead pages to add from" {...page.pager} />
    </section>
  );
}
