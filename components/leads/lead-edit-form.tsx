"use client";

import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useId, useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { Notice } from "@/components/ui/notice";
import { EMAIL_STATUSES, FIELD_LABELS } from "@/lib/fields/catalogue";
import type { Lead } from "@/lib/schemas/lead";
import { draftOf, type LeadDraft, patchOf, TEXT_FIELDS } from "./lead-draft";

interface Props {
  lead: Lead;
  onSaved: (lead: Lead) => void;
}

/** Every field of a lead, saved with the API's PATCH rules (only what changed is sent). */
export function LeadEditForm({ lead, onSaved }: Props) {
  const trpc = useTRPC();
  const ids = useId();
  const [draft, setDraft] = useState<LeadDraft>(() => draftOf(lead));
  const [note, setNote] = useState<string | null>(null);
  const update = useMutation(
    trpc.leads.update.mutationOptions({
      onSuccess: (saved) => {
        setDraft(draftOf(saved));
        setNote("Saved.");
        onSaved(saved);
      },
    }),
  );
  const setField = (field: keyof LeadDraft["fields"], value: string) =>
    setDraft((current) => ({ ...current, fields: { ...current.fields, [field]: value } }));
  const setCustom = (index: number, patch: Partial<{ name: string; value: string }>) =>
    setDraft((current) => ({
      ...current,
      customFields: current.customFields.map((row, i) =>
        i === index ? { ...row, ...patch } : row,
      ),
    }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const changes = patchOf(lead, draft);
    if (!changes) {
      setNote("Nothing changed.");
      return;
    }
    setNote(null);
    update.mutate({ leadId: lead.id, changes });
  };
  return (
    <form className="panel lead-form" onSubmit={submit} aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Details</h2>
      <div className="lead-fields">
        {TEXT_FIELDS.map((field) => (
          <label key={field} className={field === "notes" ? "lead-field-wide" : undefined}>
            <span>{FIELD_LABELS[field]}</span>
            {field === "notes" ? (
              <textarea
                value={draft.fields[field]}
                rows={3}
                onChange={(event) => setField(field, event.target.value)}
              />
            ) : (
              <input
                value={draft.fields[field]}
                type={field === "email" ? "email" : "text"}
                onChange={(event) => setField(field, event.target.value)}
              />
            )}
          </label>
        ))}
        <label>
          <span>{FIELD_LABELS.emailStatus}</span>
          <select
            value={draft.emailStatus}
            onChange={(event) =>
              setDraft({ ...draft, emailStatus: event.target.value as LeadDraft["emailStatus"] })
            }
          >
            {EMAIL_STATUSES.map((status) => (
              <option key={status} value={status}>
                {status}
              </option>
            ))}
          </select>
        </label>
        <label className="lead-field-wide">
          <span>{FIELD_LABELS.tags}</span>
          <input
            value={draft.tags}
            placeholder="Comma-separated"
            onChange={(event) => setDraft({ ...draft, tags: event.target.value })}
          />
        </label>
      </div>
      <fieldset className="custom-field-rows">
        <legend>Custom fields</legend>
        {draft.customFields.map((row, index) => (
          <div key={index} className="inline-form">
            <input
              aria-label={`Custom field ${index + 1} name`}
              value={row.name}
              placeholder="Name"
              onChange={(event) => setCustom(index, { name: event.target.value })}
            />
            <input
              aria-label={row.name ? `${row.name} value` : `Custom field ${index + 1} value`}
              value={row.value}
              placeholder="Value"
              onChange={(event) => setCustom(index, { value: event.target.value })}
            />
            <button
              type="button"
              className="link-button"
              onClick={() =>
                setDraft({
                  ...draft,
                  customFields: draft.customFields.filter((_, i) => i !== index),
                })
              }
            >
              Remove<span className="visually-hidden"> {row.name}</span>
            </button>
          </div>
        ))}
        <button
          type="button"
          className="link-button"
          onClick={() =>
            setDraft({ ...draft, customFields: [...draft.customFields, { name: "", value: "" }] })
          }
        >
          Add a custom field
        </button>
      </fieldset>
      {update.error && <Notice tone="error">{update.error.message}</Notice>}
      {note && !update.error && <p role="status">{note}</p>}
      <div className="actions">
        <button type="submit" className="button primary" disabled={update.isPending}>
          Save changes
        </button>
      </div>
    </form>
  );
}
