import type { APIRequestContext } from "@playwright/test";
import { expect } from "@playwright/test";
import { sql } from "drizzle-orm";
import { openPostgres } from "@/db/client";
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

/** Active leads of a workspace, counted in the database. */
export async function countLeads(workspaceId: string): Promise<number> {
  const database = await openPostgres(E2E_DATABASE_URL, { max: 1 });
  try {
    const rows = (await database.db.execute(
      sql`select count(*)::int as n from leads where workspace_id = ${workspaceId} and deleted_at is null`,
    )) as unknown as Array<{ n: number }>;
    return rows[0]?.n ?? 0;
  } finally {
    await database.close();
  }
}

/** A tRPC query through the page's cookies: GET /api/trpc/<path>?input=… */
export function trpcQuery(request: APIRequestContext, path: string, input?: unknown) {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  return request.get(`/api/trpc/${path}${query}`);
}

export function trpcMutation(request: APIRequestContext, path: string, input: unknown) {
  return request.post(`/api/trpc/${path}`, { data: input });
}
