"use client";

import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useTRPC } from "@/components/trpc-provider";
import { countOf, formatDate } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { Pager } from "@/components/ui/pager";
import { usePageCursors } from "@/components/ui/use-page-cursors";

const PAGE_SIZE = 50;

/** The campaign's members with their membership status; ticked ones can be taken out. */
export function CampaignMembers({
  campaignId,
  onChanged,
}: {
  campaignId: string;
  onChanged: () => void;
}) {
  const trpc = useTRPC();
  const pages = usePageCursors<string>();
  const [ticked, setTicked] = useState<string[]>([]);
  const cursor = pages.cursor;
  const members = useQuery({
    ...trpc.campaigns.members.queryOptions({
      campaignId,
      limit: PAGE_SIZE,
      ...(cursor ? { cursor } : {}),
    }),
    placeholderData: keepPreviousData,
  });
  useEffect(() => setTicked([]), [cursor]);
  const remove = useMutation(
    trpc.campaigns.removeLeads.mutationOptions({
      onSuccess: () => {
        setTicked([]);
        onChanged();
      },
    }),
  );
  const rows = members.data?.leads ?? [];
  const nextCursor = members.data?.nextCursor ?? null;
  const toggle = (id: string, isChecked: boolean) =>
    setTicked((current) => (isChecked ? [...current, id] : current.filter((x) => x !== id)));
  return (
    <section className="panel" aria-labelledby="members-title">
      <h2 id="members-title">Members</h2>
      {members.error && <Notice tone="error">{members.error.message}</Notice>}
      {remove.error && <Notice tone="error">{remove.error.message}</Notice>}
      {members.isPending ? (
        <p role="status">Loading members…</p>
      ) : rows.length === 0 ? (
        <p className="muted">
          No leads in this campaign yet. Add some below, or import a CSV into it.
        </p>
      ) : (
        <>
          <div className="inline-form">
            <button
              type="button"
              className="button"
              disabled={ticked.length === 0 || remove.isPending}
              onClick={() => remove.mutate({ campaignId, leadIds: ticked })}
            >
              Remove {countOf(ticked.length, "lead")} from the campaign
            </button>
          </div>
          <div className="table-wrap">
            <table data-testid="campaign-members">
              <caption className="visually-hidden">Members</caption>
              <thead>
                <tr>
                  <th scope="col" className="select-cell">
                    <span className="visually-hidden">Select</span>
                  </th>
                  <th scope="col">Email</th>
                  <th scope="col">Name</th>
                  <th scope="col">Company</th>
                  <th scope="col">Membership</th>
                  <th scope="col">Added</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((lead) => (
                  <tr key={lead.id}>
                    <td className="select-cell">
                      <input
                        type="checkbox"
                        aria-label={`Select ${lead.email}`}
                        checked={ticked.includes(lead.id)}
                        onChange={(event) => toggle(lead.id, event.target.checked)}
                      />
                    </td>
                    <td className="cell-text">
                      <Link href={`/leads/${encodeURIComponent(lead.id)}`}>{lead.email}</Link>
                    </td>
                    <td>{[lead.firstName, lead.lastName].filter(Boolean).join(" ")}</td>
                    <td>{lead.companyName}</td>
                    <td>
                      <span className="badge">{lead.membershipStatus}</span>
                    </td>
                    <td className="nowrap">{formatDate(lead.addedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <Pager label="Member pages" {...pages.pager(nextCursor)} />
    </section>
  );
}
