import { timed } from "./stats";

export interface ImportAnswer {
  imported: number;
  updated: number;
  skipped: number;
  failed: number;
}

async function answer(response: Response): Promise<ImportAnswer> {
  const body = (await response.json()) as { data?: ImportAnswer; error?: unknown };
  if (!response.ok || !body.data) {
    throw new Error(`HTTP ${response.status}: ${JSON.stringify(body.error ?? body).slice(0, 500)}`);
  }
  return body.data;
}

/** `POST /v1/leads/import/csv`, timed from the first byte sent to the parsed answer. */
export function postCsv(
  baseUrl: string,
  apiKey: string,
  bytes: Uint8Array,
  fields: Record<string, string> = {},
): Promise<{ ms: number; value: ImportAnswer }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append(
    "file",
    new Blob([bytes as Uint8Array<ArrayBuffer>], { type: "text/csv" }),
    "leads.csv",
  );
  return timed(async () =>
    answer(
      await fetch(`${baseUrl}/v1/leads/import/csv`, {
        method: "POST",
        headers: { "X-Api-Key": apiKey },
        body: form,
      }),
    ),
  );
}

/** `POST /v1/leads/bulk` with a ready JSON body (`options` merged in). */
export function postBulk(
  baseUrl: string,
  apiKey: string,
  json: string,
  options: Record<string, unknown> = {},
): Promise<{ ms: number; value: ImportAnswer }> {
  const body =
    Object.keys(options).length === 0
      ? json
      : JSON.stringify({ ...(JSON.parse(json) as object), ...options });
  return timed(async () =>
    answer(
      await fetch(`${baseUrl}/v1/leads/bulk`, {
        method: "POST",
        headers: { "X-Api-Key": apiKey, "Content-Type": "application/json" },
        body,
      }),
    ),
  );
}
