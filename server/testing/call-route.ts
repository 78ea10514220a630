export type RouteHandler<Params> = (
  request: Request,
  context: { params: Promise<Params> },
) => Promise<Response>;

export interface RouteCall<Params> {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: BodyInit;
  json?: unknown;
  params?: Params;
}

/** Calls a Next.js route handler in-process, as the framework would, and reads the JSON. */
export async function callRoute<Params = Record<string, never>>(
  handler: RouteHandler<Params>,
  init: RouteCall<Params>,
) {
  const headers = new Headers(init.headers);
  let body = init.body;
  if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const request = new Request(`http://leadport.test${init.path}`, {
    method: init.method ?? (body === undefined ? "GET" : "POST"),
    headers,
    body,
  });
  const response = await handler(request, {
    params: Promise.resolve(init.params ?? ({} as Params)),
  });
  const json = (await response.json()) as any;
  return { status: response.status, headers: response.headers, json };
}
