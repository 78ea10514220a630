import type { APIRequestContext } from "@playwright/test";
import { expect } from "@playwright/test";
import { type SQL, sql } from "drizzle-orm";
import { openPostgres, rowsOf } from "@/db/client";
import type { Lead } from "@/lib/schemas/lead";
import { E2E_DATABASE_URL } from "../../playwright.config";

/** Leads of the key's workspace through the REST API, as an integration would read them. */
export async function listLeadsByApi(
  request: APIRequestContext,
  key: string,
  query: Record<string, string> = {},
): Promise<Lead[]> {
  const search = new URLSearchParams({ limit: "200", ...query });
  const response = await request.get(`/v1/leads?${search}`, { headers: { "X-Api-Key": key } });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).data.leads as Lead[];
}

/** Rows of one query on the e2e server's database, to check what a page did. */
export async function queryE2EDatabase<T>(query: SQL): Promise<T[]> {
  const database = await openPostgres(E2E_DATABASE_URL, { max: 1 });
  try {
    return rowsOf<T>(await database.db.execute(query));
  } finally {
    await database.close();
  }
}

/** Active leads of a workspace, counted in the database. */
export async function countLeads(workspaceId: string): Promise<number> {
  const [row] = await queryE2EDatabase<{ n: number }>(
    sql`select count(*)::int as n from leads where workspace_id = ${workspaceId} and deleted_at is null`,
  );
  return row?.n ?? 0;
}

/** Leads through `POST /v1/leads/bulk`, as an integration would send them; their ids. */
export async function seedLeadsByApi(
  request: APIRequestContext,
  key: string,
  leads: object[],
): Promise<string[]> {
  const response = await request.post("/v1/leads/bulk", {
    headers: { "X-Api-Key": key },
    data: { leads },
  });
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()).data.importedLeadIds as string[];
}

/** A tRPC query through the page's cookies: GET /api/trpc/<path>?input=… */
export function trpcQuery(request: APIRequestContext, path: string, input?: unknown) {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  return request.get(`/api/trpc/${path}${query}`);
}

export function trpcMutation(request: APIRequestContext, path: string, input: unknown) {
  return request.post(`/api/trpc/${path}`, { data: input });
}
