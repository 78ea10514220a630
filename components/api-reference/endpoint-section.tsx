interface Props {
  id: string;
  method: string;
  path: string;
  operation: Record<string, unknown>;
  components: Record<string, unknown>;
}

type Schema = { $ref?: string; [key: string]: unknown };

/** Follows one level of $ref so a reader sees fields, not pointers. */
function resolve(schema: Schema, components: Record<string, unknown>): Schema {
  const name = schema.$ref?.replace("#/components/schemas/", "");
  return name && components[name] ? (components[name] as Schema) : schema;
}

function SchemaBlock({
  schema,
  components,
}: {
  schema: Schema;
  components: Record<string, unknown>;
}) {
  return <pre className="schema-block">{JSON.stringify(resolve(schema, components), null, 2)}</pre>;
}

export function EndpointSection({ id, method, path, operation, components }: Props) {
  const parameters = (operation.parameters as Array<Record<string, unknown>>).filter(
    (p) => !p.$ref,
  );
  const body = operation.requestBody as { content: Record<string, { schema: Schema }> } | undefined;
  const responses = operation.responses as Record<
    string,
    { description: string; content?: Record<string, { schema: Schema }> }
  >;
  return (
    <section id={id} className="endpoint" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <span className={`method method-${method}`}>{method.toUpperCase()}</span>{" "}
        <code>{path}</code>
      </h2>
      <p>
        <strong>{operation.summary as string}.</strong> {operation.description as string}
      </p>
      {parameters.length > 0 && (
        <>
          <h3>Parameters</h3>
          <ul>
            {parameters.map((parameter) => (
              <li key={`${parameter.in}-${parameter.name}`}>
                <code>{parameter.name as string}</code> ({parameter.in as string})
                {parameter.description ? ` — ${parameter.description as string}` : ""}
              </li>
            ))}
          </ul>
        </>
      )}
      {body &&
        Object.entries(body.content).map(([contentType, { schema }]) => (
          <div key={contentType}>
            <h3>
              Request body <span className="muted">({contentType})</span>
            </h3>
            <SchemaBlock schema={schema} components={components} />
          </div>
        ))}
      <h3>Responses</h3>
      <ul>
        {Object.entries(responses).map(([status, response]) => (
          <li key={status}>
            <code>{status}</code> {response.description}
          </li>
        ))}
      </ul>
    </section>
  );
}
