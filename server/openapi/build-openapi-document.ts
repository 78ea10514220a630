import { z } from "zod";
import {
  formatLimit,
  formatMegabytes,
  MAX_CSV_COLUMNS,
  MAX_CSV_RECORD_BYTES,
  MAX_CUSTOM_FIELD_NAME_LENGTH,
  MAX_CUSTOM_FIELD_VALUE_LENGTH,
  MAX_CUSTOM_FIELDS,
  MAX_LEAD_CHARACTERS,
  MAX_NOTES_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TEXT_FIELD_LENGTH,
  MAX_URL_LENGTH,
  RATE_LIMIT_PER_MINUTE,
} from "@/lib/limits";
import { HTTP_STATUS } from "@/server/http/to-http-response";
import { COMMON_ERRORS, ENDPOINTS, type Endpoint, ERROR_DESCRIPTIONS } from "./endpoints";

type JsonSchema = Record<string, unknown>;

/** zod → JSON Schema 2020-12 (OpenAPI 3.1's dialect), named schemas hoisted into components. */
function schemaOf(
  schema: z.ZodType,
  io: "input" | "output",
  components: Record<string, unknown>,
): JsonSchema {
  const converted = z.toJSONSchema(schema, {
    io,
    unrepresentable: "any",
    target: "draft-2020-12",
  }) as JsonSchema;
  const {
    $defs,
    $schema: _ignored,
    ...rest
  } = converted as JsonSchema & { $defs?: Record<string, unknown> };
  const rewrite = (value: unknown) =>
    JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/'));
  for (const [name, definition] of Object.entries($defs ?? {}))
    components[name] = rewrite(definition);
  const id = (schema.meta() as { id?: string } | undefined)?.id;
  if (id) {
    // zod puts a named root schema in $defs and answers a bare $ref to it.
    if (!("$ref" in rest)) components[id] = rewrite(rest);
    return { $ref: `#/components/schemas/${id}` };
  }
  return rewrite(rest);
}

function envelope(data: JsonSchema) {
  return {
    type: "object",
    required: ["success", "data"],
    properties: { success: { const: true }, data },
  };
}

function operation(endpoint: Endpoint, components: Record<string, unknown>) {
  const parameters: unknown[] = [];
  for (const match of endpoint.path.matchAll(/\{(\w+)\}/g)) {
    parameters.push({
      name: match[1],
      in: "path",
      required: true,
      schema: { type: "string" },
      description: "Opaque id",
    });
  }
  if (endpoint.query) {
    const query = schemaOf(endpoint.query, "input", {}) as {
      properties?: Record<string, JsonSchema>;
    };
    for (const [name, schema] of Object.entries(query.properties ?? {})) {
      parameters.push({
        name,
        in: "query",
        required: false,
        schema,
        description: schema.description,
      });
    }
  }
  if (endpoint.isIdempotent) parameters.push({ $ref: "#/components/parameters/IdempotencyKey" });
  parameters.push({ $ref: "#/components/parameters/WorkspaceId" });
  const responses: Record<string, unknown> = {
    [endpoint.success.status]: {
      description: endpoint.success.description,
      headers: { $ref: "#/components/headers/RateLimitHeaders" },
      content: {
        "application/json": {
          schema: envelope(schemaOf(endpoint.success.schema, "output", components)),
        },
      },
    },
  };
  for (const code of new Set([...endpoint.errors, ...COMMON_ERRORS])) {
    responses[HTTP_STATUS[code]] = {
      description: `${code}: ${ERROR_DESCRIPTIONS[code]}`,
      content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorEnvelope" } } },
    };
  }
  return {
    tags: [endpoint.tag],
    summary: endpoint.summary,
    description: endpoint.description,
    parameters,
    ...(endpoint.body
      ? {
          requestBody: {
            required: true,
            content: {
              [endpoint.body.contentType]: {
                schema: schemaOf(endpoint.body.schema, "input", components),
              },
            },
          },
        }
      : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document, generated from the same zod schemas the handlers validate with. */
export function buildOpenApiDocument() {
  const components: Record<string, unknown> = {
    ErrorEnvelope: {
      type: "object",
      required: ["success", "error"],
      properties: {
        success: { const: false },
        error: {
          type: "object",
          required: ["code", "message"],
          properties: {
            code: { enum: Object.keys(HTTP_STATUS) },
            message: { type: "string" },
            details: {},
          },
        },
      },
    },
  };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const endpoint of ENDPOINTS) {
    paths[endpoint.path] ??= {};
    (paths[endpoint.path] as Record<string, unknown>)[endpoint.method] = operation(
      endpoint,
      components,
    );
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Leadport API",
      version: "1.0.0",
      description: API_DESCRIPTION,
    },
    servers: [{ url: "/" }],
    security: [{ ApiKey: [] }, { Bearer: [] }],
    tags: [{ name: "Leads" }, { name: "Campaigns" }, { name: "Imports" }, { name: "Workspace" }],
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        ApiKey: {
          type: "apiKey",
          in: "header",
          name: "X-Api-Key",
          description: "Workspace key (sk_…) or platform key (sk_user_…)",
        },
        Bearer: { type: "http", scheme: "bearer", description: "The same key as a Bearer token" },
      },
      parameters: {
        IdempotencyKey: {
          name: "Idempotency-Key",
          in: "header",
          required: false,
          schema: { type: "string", maxLength: 255 },
          description:
            "Same key and body within 24 h replays the stored answer (Idempotent-Replayed: true); another body is 422; while the first runs, 409. Only successes are stored.",
        },
        WorkspaceId: {
          name: "X-Workspace-Id",
          in: "header",
          required: false,
          schema: { type: "string" },
          description:
            "With a platform key: the workspace to act on (optional when the user has exactly one).",
        },
      },
      headers: {
        RateLimitHeaders: {
          description:
            "X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Reset (Unix seconds); Retry-After on 429",
          schema: { type: "integer" },
        },
      },
    },
  };
}

const API_DESCRIPTION = `Leadport's /v1 API. Every answer is an envelope: {"success": true, "data": …} or {"success": false, "error": {"code", "message", "details"?}}.

- Auth: X-Api-Key or Authorization: Bearer (both present and different: 401). Workspace keys (sk_…) act on their workspace; platform keys (sk_user_…) on X-Workspace-Id, or the user's only workspace.
- Rate limit: ${RATE_LIMIT_PER_MINUTE} requests per minute per key on every endpoint; a bulk call counts as one.
- Plan limit: a request whose net-new leads would pass the workspace's contact limit is refused whole with 402.
- Dry run: every import endpoint accepts dryRun; same validation and response, nothing written.
- Idempotency-Key on POST: see the parameter.
- Leads are identified by email, trimmed and lower-cased, unique among a workspace's leads that are not soft-deleted. Within one request the first occurrence wins.
- Data cleanup (dataCleanup, default true): emails trimmed and lower-cased (mailto: and <…> removed); phones to E.164 (region from the lead's country, else defaultCountry; unparseable numbers kept as sent, never turned into dates); LinkedIn URLs to https://www.linkedin.com/in/<slug>; names stripped of emoji and symbols, ALL-CAPS or all-lower names title-cased.
- Lead limits: standard text fields ${formatLimit(MAX_TEXT_FIELD_LENGTH)} characters (website and linkedinUrl ${formatLimit(MAX_URL_LENGTH)}, notes ${formatLimit(MAX_NOTES_LENGTH)}); at most ${formatLimit(MAX_CUSTOM_FIELDS)} custom fields, names up to ${formatLimit(MAX_CUSTOM_FIELD_NAME_LENGTH)} and values up to ${formatLimit(MAX_CUSTOM_FIELD_VALUE_LENGTH)} characters; at most ${formatLimit(MAX_TAGS)} tags of up to ${formatLimit(MAX_TAG_LENGTH)} characters; ${formatLimit(MAX_LEAD_CHARACTERS)} characters in all. An import fails just the row that breaks one (or that holds a NUL or an unpaired surrogate with dataCleanup off; cleanup removes them); a single create or update answers 400. Files: at most ${formatLimit(MAX_CSV_COLUMNS)} columns and ${formatMegabytes(MAX_CSV_RECORD_BYTES)} a row (400).
- Search is case-insensitive. IDs are opaque strings.`;
