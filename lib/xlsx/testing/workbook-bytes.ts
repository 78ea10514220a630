import { type Zippable, zipSync } from "fflate";

export interface TestSheet {
  name: string;
  /** The worksheet's XML inside `<worksheet>`: `<sheetData>…</sheetData>` and what goes with it. */
  body: string;
  state?: "hidden" | "veryHidden";
}

export interface TestWorkbook {
  sheets: TestSheet[];
  sharedStrings?: string[];
  /** `<numFmts>` and `<cellXfs>` inside `<styleSheet>`. */
  styles?: string;
  is1904?: boolean;
  /** Element prefix for every part (some .NET writers use `x:`). */
  prefix?: string;
  /** Extra entries, by name. */
  extra?: Record<string, string>;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A small .xlsx as Excel lays it out, built in memory for tests of the reader. */
export function workbookBytes(workbook: TestWorkbook): Uint8Array {
  const p = workbook.prefix ? `${workbook.prefix}:` : "";
  const ns = workbook.prefix ? `xmlns:${workbook.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const encoder = new TextEncoder();
  const files: Zippable = {
    "[Content_Types].xml": encoder.encode(
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    ),
    "_rels/.rels": encoder.encode(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
  };
  const sheets = workbook.sheets
    .map(
      (sheet, index) =>
        `<${p}sheet name="${escapeXml(sheet.name)}" sheetId="${index + 1}" r:id="rId${index + 1}"${sheet.state ? ` state="${sheet.state}"` : ""}/>`,
    )
    .join("");
  files["xl/workbook.xml"] = encoder.encode(
    `<?xml version="1.0"?><${p}workbook ${ns} xmlns:r="${REL}"><${p}workbookPr${workbook.is1904 ? ' date1904="1"' : ""}/><${p}sheets>${sheets}</${p}sheets></${p}workbook>`,
  );
  const relationships = workbook.sheets.map(
    (_, index) =>
      `<Relationship Id="rId${index + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${index + 1}.xml"/>`,
  );
  relationships.push(
    `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/>`,
  );
  relationships.push(`<Relationship Id="rIdY" Type="${REL}/styles" Target="styles.xml"/>`);
  relationships.push(
    `<Relationship Id="rIdX" Type="${REL}/externalLink" Target="https://evil.example/book.xlsx" TargetMode="External"/>`,
  );
  files["xl/_rels/workbook.xml.rels"] = encoder.encode(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join("")}</Relationships>`,
  );
  workbook.sheets.forEach((sheet, index) => {
    files[`xl/worksheets/sheet${index + 1}.xml`] = encoder.encode(
      `<?xml version="1.0"?><${p}worksheet ${ns} xmlns:r="${REL}">${sheet.body}</${p}worksheet>`,
    );
  });
  const strings = (workbook.sharedStrings ?? [])
    .map((text) =>
      text.startsWith("<")
        ? `<${p}si>${text}</${p}si>`
        : `<${p}si><${p}t>${escapeXml(text)}</${p}t></${p}si>`,
    )
    .join("");
  files["xl/sharedStrings.xml"] = encoder.encode(
    `<?xml version="1.0"?><${p}sst ${ns}>${strings}</${p}sst>`,
  );
  files["xl/styles.xml"] = encoder.encode(
    `<?xml version="1.0"?><${p}styleSheet ${ns}>${workbook.styles ?? `<${p}cellXfs><${p}xf numFmtId="0"/></${p}cellXfs>`}</${p}styleSheet>`,
  );
  for (const [name, text] of Object.entries(workbook.extra ?? {}))
    files[name] = encoder.encode(text);
  return zipSync(files);
}

/** `<row>` XML of inline-string cells, for tests that only need text. */
export function textRows(rows: string[][], startRow = 1): string {
  return rows
    .map((cells, index) => {
      const row = startRow + index;
      const xml = cells
        .map((text, column) =>
          text === ""
            ? ""
            : `<c r="${String.fromCharCode(65 + column)}${row}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`,
        )
        .join("");
      return `<row r="${row}">${xml}</row>`;
    })
    .join("");
}
