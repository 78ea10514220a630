import { buildOpenApiDocument } from "@/server/openapi/build-openapi-document";

/** Public: the API's own description needs no key. */
export function GET() {
  return Response.json(buildOpenApiDocument(), {
    headers: { "Cache-Control": "public, max-age=300" },
  });
}
