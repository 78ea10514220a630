"use client";

import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { formatDate } from "@/components/ui/format";
import { EMAIL_STATUSES } from "@/lib/fields/catalogue";
import { IMPORT_DOOR_LABELS } from "@/lib/fields/import-doors";
import { IMPORT_STATUS_LABELS } from "@/lib/fields/import-statuses";
import { MAX_PAGE_SIZE } from "@/lib/limits";
import { EMPTY_FILTER_FORM, type LeadFilterForm } from "./lead-filter-form";

interface Props {
  form: LeadFilterForm;
  onChange: (form: LeadFilterForm) => void;
}

/** Search plus every filter of the leads list; each input applies as soon as it changes. */
export function LeadFiltersBar({ form, onChange }: Props) {
  const trpc = useTRPC();
  const ids = useId();
  const campaigns = useQuery(trpc.campaigns.list.queryOptions({ limit: 200 }));
  const imports = useQuery(
    trpc.imports.list.queryOptions({ limit: MAX_PAGE_SIZE }, { select: (page) => page.imports }),
  );
  const set = (patch: Partial<LeadFilterForm>) => onChange({ ...form, ...patch });
  const isFiltered = Object.entries(form).some(
    ([key, value]) => key !== "campaignMode" && value !== "",
  );
  const field = (name: string) => `${ids}-${name}`;
  return (
    <fieldset className="lead-filters">
      <legend className="visually-hidden">Filter leads</legend>
      <div className="lead-filter lead-filter-search">
        <label htmlFor={field("search")}>Search</label>
        <input
          id={field("search")}
          type="search"
          value={form.search}
          placeholder="Email, name or company"
          onChange={(event) => set({ search: event.target.value })}
        />
      </div>
      <div className="lead-filter">
        <label htmlFor={field("tag")}>Tag</label>
        <input
          id={field("tag")}
          value={form.tag}
          placeholder="e.g. vip, webinar"
          onChange={(event) => set({ tag: event.target.value })}
        />
      </div>
      <div className="lead-filter">
        <label htmlFor={field("status")}>Email status</label>
        <select
          id={field("status")}
          value={form.emailStatus}
          onChange={(event) => set({ emailStatus: event.target.value })}
        >
          <option value="">Any</option>
          {EMAIL_STATUSES.map((status) => (
            <option key={status} value={status}>
              {status}
            </option>
          ))}
        </select>
      </div>
      <div className="lead-filter">
        <label htmlFor={field("country")}>Country</label>
        <input
          id={field("country")}
          value={form.country}
          placeholder="e.g. US, DE"
          size={10}
          onChange={(event) => set({ country: event.target.value })}
        />
      </div>
      <div className="lead-filter">
        <label htmlFor={field("campaign")}>Campaign</label>
        <span className="lead-filter-pair">
          <select
            aria-label="In or not in the campaign"
            value={form.campaignMode}
            onChange={(event) => set({ campaignMode: event.target.value as "in" | "notIn" })}
          >
            <option value="in">In</option>
            <option value="notIn">Not in</option>
          </select>
          <select
            id={field("campaign")}
            value={form.campaignId}
            onChange={(event) => set({ campaignId: event.target.value })}
          >
            <option value="">Any campaign</option>
            {form.campaignId &&
              !campaigns.data?.campaigns.some((campaign) => campaign.id === form.campaignId) && (
                <option value={form.campaignId}>Campaign {form.campaignId.slice(0, 8)}</option>
              )}
            {campaigns.data?.campaigns.map((campaign) => (
              <option key={campaign.id} value={campaign.id}>
                {campaign.name}
              </option>
            ))}
          </select>
        </span>
      </div>
      <div className="lead-filter">
        <label htmlFor={field("import")}>Import</label>
        <select
          id={field("import")}
          value={form.importId}
          onChange={(event) => set({ importId: event.target.value })}
        >
          <option value="">Any import</option>
          {form.importId && !imports.data?.some((run) => run.id === form.importId) && (
            <option value={form.importId}>Import {form.importId.slice(0, 8)}</option>
          )}
          {imports.data?.map((run) => (
            <option key={run.id} value={run.id}>
              {run.fileName ?? IMPORT_DOOR_LABELS[run.door]} · {formatDate(run.startedAt)} ·{" "}
              {IMPORT_STATUS_LABELS[run.status]}
            </option>
          ))}
        </select>
      </div>
      <div className="lead-filter">
        <label htmlFor={field("from")}>Created from</label>
        <input
          id={field("from")}
          type="date"
          value={form.createdFrom}
          onChange={(event) => set({ createdFrom: event.target.value })}
        />
      </div>
      <div className="lead-filter">
        <label htmlFor={field("to")}>Created to</label>
        <input
          id={field("to")}
          type="date"
          value={form.createdTo}
          onChange={(event) => set({ createdTo: event.target.value })}
        />
      </div>
      {isFiltered && (
        <button type="button" className="link-button" onClick={() => onChange(EMPTY_FILTER_FORM)}>
          Clear filters
        </button>
      )}
    </fieldset>
  );
}
