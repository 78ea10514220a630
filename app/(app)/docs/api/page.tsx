import { EndpointSection } from "@/components/api-reference/endpoint-section";
import { buildOpenApiDocument } from "@/server/openapi/build-openapi-document";
import { ENDPOINTS } from "@/server/openapi/endpoints";

export const metadata = { title: "API reference · Leadport" };

export default function ApiReferencePage() {
  const document = buildOpenApiDocument();
  return (
    <article className="api-reference">
      <h1>API reference</h1>
      <p className="lede">
        Generated from the same schemas the server validates with. Machine-readable:{" "}
        <a href="/v1/openapi.json">/v1/openapi.json</a> (OpenAPI 3.1).
      </p>
      <section aria-labelledby="conventions">
        <h2 id="conventions">Conventions</h2>
        <pre className="prose-block">{document.info.description}</pre>
      </section>
      <nav aria-label="Endpoints" className="toc">
        <ul>
          {ENDPOINTS.map((endpoint) => (
            <li key={`${endpoint.method} ${endpoint.path}`}>
              <a href={`#${anchorOf(endpoint.method, endpoint.path)}`}>
                <code>{endpoint.method.toUpperCase()}</code> {endpoint.path}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {ENDPOINTS.map((endpoint) => (
        <EndpointSection
          key={`${endpoint.method} ${endpoint.path}`}
          id={anchorOf(endpoint.method, endpoint.path)}
          method={endpoint.method}
          path={endpoint.path}
          operation={
            (document.paths[endpoint.path] as Record<string, unknown>)[endpoint.method] as Record<
              string,
              unknown
            >
          }
          components={document.components.schemas}
        />
      ))}
    </article>
  );
}

function anchorOf(method: string, path: string): string {
  return `${method}-${path.replace(/[^a-z0-9]+/gi, "-")}`.toLowerCase();
}
