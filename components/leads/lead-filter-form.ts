import type { LeadFilters } from "@/lib/schemas/lead-selection";

/** The leads page's filter inputs as typed; empty strings mean "any". Mirrored in the URL. */
export interface LeadFilterForm {
  search: string;
  /** One tag, or several separated by commas (any of them). */
  tag: string;
  emailStatus: string;
  /** One country, or several separated by commas, as stored on the leads. */
  country: string;
  campaignId: string;
  campaignMode: "in" | "notIn";
  importId: string;
  /** `yyyy-mm-dd` from a date input: days in the browser's time zone, both ends included. */
  createdFrom: string;
  createdTo: string;
}

export const EMPTY_FILTER_FORM: LeadFilterForm = {
  search: "",
  tag: "",
  emailStatus: "",
  country: "",
  campaignId: "",
  campaignMode: "in",
  importId: "",
  createdFrom: "",
  createdTo: "",
};

const PARAMS: Record<Exclude<keyof LeadFilterForm, "campaignMode">, string> = {
  search: "q",
  tag: "tag",
  emailStatus: "emailStatus",
  country: "country",
  campaignId: "campaign",
  importId: "importId",
  createdFrom: "from",
  createdTo: "to",
};
const NOT_IN_CAMPAIGN_PARAM = "notInCampaign";

export function readFilterParams(params: URLSearchParams): LeadFilterForm {
  const form = { ...EMPTY_FILTER_FORM };
  for (const [field, name] of Object.entries(PARAMS) as Array<[keyof typeof PARAMS, string]>) {
    form[field] = params.get(name) ?? "";
  }
  const notIn = params.get(NOT_IN_CAMPAIGN_PARAM);
  if (notIn) {
    form.campaignId = notIn;
    form.campaignMode = "notIn";
  }
  return form;
}

export function writeFilterParams(form: LeadFilterForm): URLSearchParams {
  const params = new URLSearchParams();
  for (const [field, name] of Object.entries(PARAMS) as Array<[keyof typeof PARAMS, string]>) {
    const value = form[field].trim();
    if (!value) continue;
    params.set(
      field === "campaignId" && form.campaignMode === "notIn" ? NOT_IN_CAMPAIGN_PARAM : name,
      value,
    );
  }
  return params;
}

function list(text: string): string[] | undefined {
  const items = text
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length > 0 ? items : undefined;
}

/** Midnight at the start of a `yyyy-mm-dd` day in the browser's time zone, `days` later. */
function startOfDay(day: string, days = 0): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  return new Date(year, month - 1, date + days).toISOString();
}

/** The filter the server applies; a "to" day is included, so the bound is the next midnight. */
export function toLeadFilters(form: LeadFilterForm): LeadFilters {
  const filters: LeadFilters = {};
  const search = form.search.trim();
  if (search) filters.search = search;
  const tags = list(form.tag);
  if (tags) filters.tags = tags;
  if (form.emailStatus) filters.emailStatus = [form.emailStatus];
  const countries = list(form.country);
  if (countries) filters.country = countries;
  if (form.campaignId) {
    if (form.campaignMode === "in") filters.campaignId = form.campaignId;
    else filters.notInCampaignId = form.campaignId;
  }
  if (form.importId) filters.importId = form.importId;
  const from = startOfDay(form.createdFrom);
  if (from) filters.createdFrom = from;
  const before = startOfDay(form.createdTo, 1);
  if (before) filters.createdBefore = before;
  return filters;
}

export function hasFilters(filters: LeadFilters): boolean {
  return Object.keys(filters).length > 0;
}
