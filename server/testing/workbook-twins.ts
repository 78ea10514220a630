import type { leads } from "@/db/schema";

/**
 * What importing a workbook fixture (e2e/fixtures/xlsx) must give next to importing its CSV twin,
 * shared by the API's integration tests and the wizard's e2e tests: the same leads, except the
 * cells the CSV lost or only showed in another form, which the workbook must have right.
 */

export type StoredLead = typeof leads.$inferSelect;

export const WORKBOOK_FIXTURES = [
  "hubspot-phones",
  "three-sheets",
  "merged-title",
  "dates-formulas-errors",
  "fifty-thousand",
] as const;

export type WorkbookFixture = (typeof WORKBOOK_FIXTURES)[number];

/** The sheet each fixture's CSV twin was saved from, when it is not the default one. */
export const TWIN_SHEET: Partial<Record<WorkbookFixture, string>> = { "three-sheets": "Leads" };

/** HubSpot's phone columns as the workbook stores them, as numbers; its CSV shows 4.42072E+11. */
const HUBSPOT_PHONE_DIGITS: Record<string, [phone: string, mobile: string | null]> = {
  "olivia.bennett@harbourline.co.uk": ["442071838750", "447712345678"],
  "ethan.brooks@summitpeak.com": ["14155552671", "14155550198"],
  "chloe.martin@vertmarin.fr": ["33142685300", "33612345678"],
  "l.schneider@feldwerk.de": ["4930901820", "491701234567"],
  "aisha.khan@brightpath.io": ["", "16465550177"],
  "mateo.garcia@solaria.es": ["34912345678", "34612345678"],
  "noah.fischer@alpentech.ch": ["41442345678", null],
  "grace.walsh@emeraldbay.ie": ["35316123456", "353871234567"],
  "daniel.cohen@northwind.com": ["12125550123", null],
  "sofia.rossi@lagunadigitale.it": ["390212345678", "393471234567"],
};

type Content = Omit<StoredLead, "id" | "workspaceId" | "createdAt" | "updatedAt" | "lastImportId">;

/** What a lead holds, without what differs between two imports of the same person. */
export function leadContent(lead: StoredLead): Content {
  const {
    id: _i,
    workspaceId: _w,
    createdAt: _c,
    updatedAt: _u,
    lastImportId: _l,
    ...content
  } = lead;
  return content;
}

/** `2024-02-05 09:14` (a CSV's date and time as shown) as the workbook's ISO form. */
function isoDateTime(shown: string): string {
  return `${shown.replace(" ", "T")}:00`;
}

/** `03/05/2024` as `2024-03-05`. */
function isoUsDate(shown: string): string {
  const [month, day, year] = shown.split("/");
  return `${year}-${month}-${day}`;
}

/** The workbook lead expected for a lead of the CSV twin; `workbook` is the lead to check. */
function expectedFromTwin(fixture: WorkbookFixture, twin: Content, workbook: Content | undefined) {
  const expected = structuredClone(twin);
  const custom = expected.customFields;
  if (fixture === "hubspot-phones") {
    const [phone, mobile] = HUBSPOT_PHONE_DIGITS[expected.emailKey] ?? ["", null];
    // Cleanup turns the digits into E.164; all of them must be there, in the workbook's lead.
    const imported = workbook?.phone ?? "";
    if (phone && imported.replace(/\D/g, "").endsWith(phone)) expected.phone = imported;
    if (mobile) custom["Mobile Phone Number"] = mobile;
    if (custom["Create Date"]) custom["Create Date"] = isoDateTime(custom["Create Date"]);
  } else if (fixture === "merged-title") {
    delete custom["Internal ID"];
  } else if (fixture === "dates-formulas-errors") {
    if (custom["Signed Up"]) custom["Signed Up"] = isoUsDate(custom["Signed Up"]);
    if (custom["Last Contact"]) custom["Last Contact"] = isoDateTime(custom["Last Contact"]);
    if (custom.Active) custom.Active = custom.Active.toLowerCase();
  }
  return expected;
}

/**
 * Every way the workbook's leads differ from what its CSV twin's leads say they must be, one line
 * each; an empty list when the import was right.
 */
export function twinDiscrepancies(
  fixture: WorkbookFixture,
  workbook: ReadonlyMap<string, StoredLead>,
  twin: ReadonlyMap<string, StoredLead>,
): string[] {
  const problems: string[] = [];
  for (const email of workbook.keys()) {
    if (!twin.has(email)) problems.push(`${email}: imported from the workbook only`);
  }
  for (const [email, twinLead] of twin) {
    const lead = workbook.get(email);
    const actual = lead ? leadContent(lead) : undefined;
    const expected = expectedFromTwin(fixture, leadContent(twinLead), actual);
    if (JSON.stringify(sorted(actual)) !== JSON.stringify(sorted(expected))) {
      problems.push(
        `${email}: expected ${JSON.stringify(sorted(expected))}, got ${JSON.stringify(sorted(actual))}`,
      );
    }
  }
  return problems;
}

/** A value with its objects' keys in order, so that equal leads print equal. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, inner]) => [key, sorted(inner)]),
    );
  }
  return value;
}
