import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./build-openapi-document";
import { ENDPOINTS } from "./endpoints";

const document = buildOpenApiDocument();

function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found);
  else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (key === "$ref" && typeof inner === "string") found.push(inner);
      else refsIn(inner, found);
    }
  }
  return found;
}

describe("the OpenAPI document", () => {
  it("is OpenAPI 3.1 with every documented endpoint", () => {
    expect(document.openapi).toBe("3.1.0");
    for (const endpoint of ENDPOINTS) {
      expect(
        document.paths[endpoint.path]?.[endpoint.method],
        `${endpoint.method} ${endpoint.path}`,
      ).toBeDefined();
    }
  });

  it.each(ENDPOINTS.map((endpoint) => [endpoint.method.toUpperCase(), endpoint.path] as const))(
    "documents %s %s, which a route handler serves",
    async (method, path) => {
      const file = `app${path.replace(/\{(\w+)\}/g, "[$1]")}/route.ts`;
      expect(existsSync(file), file).toBe(true);
      const route = (await import(`@/${file.replace(/\.ts$/, "")}`)) as Record<string, unknown>;
      expect(typeof route[method]).toBe("function");
    },
  );

  it("resolves every $ref", () => {
    for (const ref of refsIn(document)) {
      const [, section, name] = /^#\/components\/(\w+)\/(.+)$/.exec(ref) ?? [];
      const components = document.components as Record<string, Record<string, unknown>>;
      expect(section && name && components[section]?.[name], ref).toBeTruthy();
    }
  });

  it("describes the seed 000 request body with its options and defaults", () => {
    const schema = document.components.schemas.BulkLeadsRequest as {
      properties: Record<string, { default?: unknown }>;
    };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["leads", "skipDuplicates", "dataCleanup", "tag", "dryRun"]),
    );
    expect(schema.properties.skipDuplicates?.default).toBe(true);
  });
});
