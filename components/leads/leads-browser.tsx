"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { Notice } from "@/components/ui/notice";
import { Pager } from "@/components/ui/pager";
import { customFieldOf } from "@/lib/leads/lead-table-columns";
import { BulkActions } from "./bulk-actions";
import { ColumnPicker } from "./column-picker";
import { ExportLeadsButton } from "./export-leads-button";
import { hasFilters } from "./lead-filter-form";
import { LeadFiltersBar } from "./lead-filters-bar";
import { LeadsTable } from "./leads-table";
import { SelectionSummary } from "./selection-summary";
import { useLeadColumns } from "./use-lead-columns";
import { useLeadFilterForm } from "./use-lead-filter-form";
import { useLeadPage } from "./use-lead-page";

/** The leads page: filters in the URL, the user's columns, selection and bulk actions. */
export function LeadsBrowser() {
  const trpc = useTRPC();
  const { form, setForm, filters } = useLeadFilterForm({ isInUrl: true });
  const page = useLeadPage(filters);
  const [outcome, setOutcome] = useState<string | null>(null);
  const columns = useLeadColumns();
  const customFieldNames = useQuery(trpc.leads.customFieldNames.queryOptions());
  const isFiltered = hasFilters(filters);
  const namesOnPage = page.leads.flatMap((lead) => Object.keys(lead.customFields));
  const pickedCustom = columns.columns.flatMap((column) => customFieldOf(column) ?? []);
  const allCustomNames = [
    ...new Set([...(customFieldNames.data ?? []), ...namesOnPage, ...pickedCustom]),
  ].sort();
  const exportSelection = page.leadSelection ?? (isFiltered ? { filters } : { selectAll: true });
  const exportCount = page.leadSelection ? page.selected : page.matching;

  return (
    <div className="stack-gap">
      <LeadFiltersBar form={form} onChange={setForm} />
      {page.list.error && <Notice tone="error">{page.list.error.message}</Notice>}
      {outcome && <Notice tone="ok">{outcome}</Notice>}
      {page.list.isPending ? (
        <p role="status">Loading leads…</p>
      ) : page.leads.length === 0 ? (
        <p className="muted" role="status">
          {isFiltered ? (
            "No leads match these filters."
          ) : (
            <>
              No leads yet. <Link href="/import">Import a CSV</Link> to add some.
            </>
          )}
        </p>
      ) : (
        <>
          <div className="leads-toolbar">
            <SelectionSummary page={page} isFiltered={isFiltered} />
            <ExportLeadsButton selection={exportSelection} count={exportCount} />
            <ColumnPicker
              columns={columns.columns}
              customFieldNames={allCustomNames}
              isDefault={columns.isDefault}
              onChange={columns.setColumns}
            />
          </div>
          <BulkActions
            selection={page.leadSelection}
            campaignBody={page.campaignBody}
            count={page.selected}
            onDone={(text) => {
              setOutcome(text);
              page.dispatch({ type: "clear" });
            }}
          />
          <LeadsTable
            leads={page.leads}
            columns={columns.columns}
            selection={page.selection}
            onSelect={page.dispatch}
          />
        </>
      )}
      <Pager label="Lead pages" {...page.pager} />
    </div>
  );
}
