/** A multipart body for the CSV endpoints, fields in the order given (file may come first). */
export function csvForm(
  parts: Array<[name: string, value: string | { name: string; content: Buffer | string }]>,
) {
  const multipart: Record<string, string | { name: string; mimeType: string; buffer: Buffer }> = {};
  for (const [name, value] of parts) {
    multipart[name] =
      typeof value === "string"
        ? value
        : { name: value.name, mimeType: "text/csv", buffer: Buffer.from(value.content) };
  }
  return multipart;
}

/** A realistic CSV of `count` leads starting at `from`. */
export function leadsCsv(
  count: number,
  options: { from?: number; domain?: string; extra?: string } = {},
) {
  const from = options.from ?? 0;
  const domain = options.domain ?? "example.com";
  const lines = ["Email,First Name,Last Name,Company,Title,Industry"];
  for (let i = from; i < from + count; i++) {
    lines.push(
      `lead${i}@${domain},First${i},Last${i},Company ${i % 97},Title ${i % 13},${options.extra ?? "SaaS"}`,
    );
  }
  return `${lines.join("\n")}\n`;
}
