"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/components/trpc-provider";
import { formatCount, formatDate } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";

/** The workspace's campaigns with their member counts; each name opens the campaign. */
export function CampaignList() {
  const trpc = useTRPC();
  const campaigns = useQuery(trpc.campaigns.list.queryOptions({ limit: 200 }));
  if (campaigns.isPending) return <p role="status">Loading campaigns…</p>;
  if (campaigns.error) return <Notice tone="error">{campaigns.error.message}</Notice>;
  const rows = campaigns.data.campaigns;
  if (rows.length === 0) {
    return (
      <p className="muted">
        No campaigns yet. Create one above, or select leads on the{" "}
        <Link href="/leads">leads page</Link> and add them to a new campaign.
      </p>
    );
  }
  return (
    <div className="table-wrap">
      <table data-testid="campaigns-table">
        <caption className="visually-hidden">Campaigns</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Status</th>
            <th scope="col" className="numeric">
              Leads
            </th>
            <th scope="col" className="numeric">
              Pending
            </th>
            <th scope="col" className="numeric">
              Active
            </th>
            <th scope="col" className="numeric">
              Completed
            </th>
            <th scope="col">Created</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((campaign) => (
            <tr key={campaign.id}>
              <td>
                <Link href={`/campaigns/${encodeURIComponent(campaign.id)}`}>{campaign.name}</Link>
              </td>
              <td>
                <span className={`badge badge-status-${campaign.status}`}>{campaign.status}</span>
              </td>
              <td className="numeric">{formatCount(campaign.leadCounts.total)}</td>
              <td className="numeric">{formatCount(campaign.leadCounts.pending)}</td>
              <td className="numeric">{formatCount(campaign.leadCounts.active)}</td>
              <td className="numeric">{formatCount(campaign.leadCounts.completed)}</td>
              <td>{formatDate(campaign.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
