import Link from "next/link";
import type { Dispatch } from "react";
import { formatDate } from "@/components/ui/format";
import { columnLabel, customFieldOf } from "@/lib/leads/lead-table-columns";
import type { Lead } from "@/lib/schemas/lead";
import { isSelected, type SelectionAction, type SelectionState } from "./lead-selection";

interface Props {
  leads: Lead[];
  columns: readonly string[];
  selection: SelectionState;
  onSelect: Dispatch<SelectionAction>;
}

function LeadCell({ lead, column }: { lead: Lead; column: string }) {
  const custom = customFieldOf(column);
  if (custom !== null) return <td className="cell-text">{lead.customFields[custom]}</td>;
  switch (column) {
    case "email":
      return (
        <td className="cell-text">
          <Link href={`/leads/${encodeURIComponent(lead.id)}`}>{lead.email}</Link>
        </td>
      );
    case "tags":
      return (
        <td>
          {lead.tags.map((tag) => (
            <span key={tag} className="badge">
              {tag}
            </span>
          ))}
        </td>
      );
    case "emailStatus":
      return (
        <td>
          <span className={`badge badge-email-${lead.emailStatus}`}>{lead.emailStatus}</span>
        </td>
      );
    case "name":
      return <td>{[lead.firstName, lead.lastName].filter(Boolean).join(" ")}</td>;
    case "createdAt":
      return <td className="nowrap">{formatDate(lead.createdAt)}</td>;
    default:
      return <td className="cell-text">{lead[column as keyof Lead] as string | null}</td>;
  }
}

/** One page of leads in the user's columns, each with a checkbox; the email opens the lead. */
export function LeadsTable({ leads, columns, selection, onSelect }: Props) {
  const pageIds = leads.map((lead) => lead.id);
  const isPageSelected = pageIds.length > 0 && pageIds.every((id) => isSelected(selection, id));
  const shown = columns.includes("email") ? columns : ["email", ...columns];
  return (
    <div className="table-wrap">
      <table data-testid="leads-table">
        <caption className="visually-hidden">Leads</caption>
        <thead>
          <tr>
            <th scope="col" className="select-cell">
              <input
                type="checkbox"
                aria-label="Select the leads on this page"
                checked={isPageSelected}
                onChange={(event) =>
                  onSelect({ type: "togglePage", ids: pageIds, isChecked: event.target.checked })
                }
              />
            </th>
            {shown.map((column) => (
              <th key={column} scope="col">
                {columnLabel(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {leads.map((lead) => (
            <tr key={lead.id}>
              <td className="select-cell">
                <input
                  type="checkbox"
                  aria-label={`Select ${lead.email}`}
                  checked={isSelected(selection, lead.id)}
                  onChange={(event) =>
                    onSelect({ type: "toggle", id: lead.id, isChecked: event.target.checked })
                  }
                />
              </td>
              {shown.map((column) => (
                <LeadCell key={column} lead={lead} column={column} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
