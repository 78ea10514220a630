import type { Lead } from "@/lib/schemas/lead";

/** A few custom fields per row keep the table readable; the rest are in the cell's tooltip. */
const SHOWN_CUSTOM_FIELDS = 3;

function fullName(lead: Lead): string {
  return [lead.firstName, lead.lastName].filter(Boolean).join(" ");
}

/** One page of leads; custom fields shown as name: value so an import's columns are visible. */
export function LeadsTable({ leads }: { leads: Lead[] }) {
  return (
    <div className="table-wrap">
      <table data-testid="leads-table">
        <caption className="visually-hidden">Leads</caption>
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Name</th>
            <th scope="col">Company</th>
            <th scope="col">Job title</th>
            <th scope="col">Phone</th>
            <th scope="col">Country</th>
            <th scope="col">Tags</th>
            <th scope="col">Custom fields</th>
          </tr>
        </thead>
        <tbody>
          {leads.map((lead) => (
            <tr key={lead.id}>
              <td className="cell-text">{lead.email}</td>
              <td>{fullName(lead)}</td>
              <td>{lead.companyName}</td>
              <td>{lead.jobTitle}</td>
              <td className="nowrap">{lead.phone}</td>
              <td>{lead.country}</td>
              <td>
                {lead.tags.map((tag) => (
                  <span key={tag} className="badge">
                    {tag}
                  </span>
                ))}
              </td>
              <CustomFieldsCell fields={lead.customFields} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CustomFieldsCell({ fields }: { fields: Record<string, string> }) {
  const entries = Object.entries(fields);
  const hidden = entries.length - SHOWN_CUSTOM_FIELDS;
  return (
    <td
      className="custom-fields"
      title={entries.map(([name, value]) => `${name}: ${value}`).join("\n")}
    >
      {entries.slice(0, SHOWN_CUSTOM_FIELDS).map(([name, value]) => (
        <span key={name}>
          <span className="muted">{name}:</span> {value}
        </span>
      ))}
      {hidden > 0 && <span className="muted">+{hidden} more</span>}
    </td>
  );
}
