"use client";

import { useQuery } from "@tanstack/react-query";
import { useId } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { countOf, formatCount } from "@/components/ui/format";
import { MAX_COUNTRY_INPUT_LENGTH, MAX_TAG_LENGTH } from "@/lib/limits";
import { mappedColumns } from "../mapping/column-choice";
import { ReviewPanel } from "../review/review-panel";
import { StepHeading } from "../step-heading";
import type { ImportWizardState } from "../use-import-wizard";
import { CleanupPreviewTable } from "./cleanup-preview-table";
import { DryRunPanel } from "./dry-run-panel";
import type { OptionsForm } from "./import-options";

const COUNTRY_SUGGESTIONS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "CA", "AU", "IN", "BR"];

interface Props {
  wizard: ImportWizardState;
  shouldFocus: boolean;
}

export function OptionsStep({ wizard, shouldFocus }: Props) {
  const trpc = useTRPC();
  const campaigns = useQuery(trpc.campaigns.list.queryOptions({ limit: 200 }));
  const ids = useId();
  const { options, setOptions, csv } = wizard;
  const set = (patch: Partial<OptionsForm>) => setOptions((current) => ({ ...current, ...patch }));
  const dryRunPhase = wizard.dryRun.state.phase;
  const isDryRunning = ["preparing", "running", "finishing"].includes(dryRunPhase);
  return (
    <section className="wizard-panel" aria-labelledby="step-title">
      <StepHeading title="Options and dry run" shouldFocus={shouldFocus}>
        Decide what happens to leads you already have, then check the outcome with a dry run.
      </StepHeading>
      <div className="options-grid">
        <fieldset className="option-group">
          <legend>Leads that already exist</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={options.skipDuplicates}
              onChange={(event) => set({ skipDuplicates: event.target.checked })}
              aria-describedby={`${ids}-skip-hint`}
            />
            Skip leads that already exist
          </label>
          <p id={`${ids}-skip-hint`} className="hint">
            Matched by email, ignoring case. Turn off to update existing leads with the values in
            this file.
          </p>
        </fieldset>
        <fieldset className="option-group">
          <legend>Cleanup</legend>
          <label className="check">
            <input
              type="checkbox"
              checked={options.dataCleanup}
              onChange={(event) => set({ dataCleanup: event.target.checked })}
              aria-describedby={`${ids}-cleanup-hint`}
            />
            Clean up data
          </label>
          <p id={`${ids}-cleanup-hint`} className="hint">
            Lower-cases emails, writes phone numbers as +country numbers, tidies names, LinkedIn
            URLs and websites. Off: values are stored as they are in the file.
          </p>
        </fieldset>
        <div className="option-fields">
          <label>
            <span>
              Tag every imported lead <span className="muted">(optional)</span>
            </span>
            <input
              type="text"
              value={options.tag}
              maxLength={MAX_TAG_LENGTH}
              placeholder="e.g. webinar-2024"
              onChange={(event) => set({ tag: event.target.value })}
            />
          </label>
          <label>
            <span>
              Add to campaign <span className="muted">(optional)</span>
            </span>
            <select
              value={options.campaignId}
              onChange={(event) => set({ campaignId: event.target.value })}
            >
              <option value="">No campaign</option>
              {campaigns.data?.campaigns.map((campaign) => (
                <option key={campaign.id} value={campaign.id}>
                  {campaign.name} ({campaign.status})
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>
              Default country for phone numbers <span className="muted">(optional)</span>
            </span>
            <input
              type="text"
              list={`${ids}-countries`}
              value={options.defaultCountry}
              maxLength={MAX_COUNTRY_INPUT_LENGTH}
              placeholder="e.g. US or Germany"
              onChange={(event) => set({ defaultCountry: event.target.value })}
            />
            <datalist id={`${ids}-countries`}>
              {COUNTRY_SUGGESTIONS.map((code) => (
                <option key={code} value={code} />
              ))}
            </datalist>
          </label>
        </div>
      </div>
      {options.dataCleanup && (
        <CleanupPreviewTable
          getWorker={csv.getWorker}
          columns={mappedColumns(wizard.mapping.choices)}
          defaultCountry={options.defaultCountry}
        />
      )}
      <ReviewPanel wizard={wizard} />
      <DryRunPanel wizard={wizard} />
      <div className="actions actions-end">
        <button type="button" className="button" onClick={() => wizard.goTo("mapping")}>
          Back
        </button>
        <button
          type="button"
          className="button primary"
          onClick={wizard.startImport}
          disabled={isDryRunning || !csv.full}
        >
          Import {countOf(csv.full?.totalRows ?? 0, "row")}
        </button>
      </div>
    </section>
  );
}
