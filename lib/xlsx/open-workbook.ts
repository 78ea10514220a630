import type { ByteSource } from "@/lib/csv/byte-source";
import { CsvFormatError } from "@/lib/csv/csv-format-error";
import {
  formatLimit,
  formatMegabytes,
  MAX_WORKBOOK_CELLS,
  MAX_WORKBOOK_SHEETS,
  MAX_WORKBOOK_UNPACKED_BYTES,
} from "@/lib/limits";
import { GENERAL, type NumberFormat, numberFormatOf } from "./number-format";
import { readXmlPart } from "./read-xml-part";
import { SharedStrings } from "./shared-strings";
import { attributesOf } from "./xml-scanner";
import { normalizePartName, readZipDirectory, type ZipEntry } from "./zip-directory";
import { entryText } from "./zip-entry-bytes";

export interface WorkbookSheet {
  name: string;
  /** 0-based position among the workbook's worksheets, as its tabs show them. */
  position: number;
  isHidden: boolean;
  entry: ZipEntry;
}

export interface Workbook {
  source: ByteSource;
  sheets: WorkbookSheet[];
  /** Dates count from 1904-01-01 (old Mac Excel) rather than 1900. */
  is1904: boolean;
  /** The number format of each cell style (`s`), by index. */
  formats: NumberFormat[];
  sharedStrings: SharedStrings;
}

const WORKBOOK_TYPES = [
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  "application/vnd.ms-excel.sheet.macroenabled.main+xml",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
  "application/vnd.ms-excel.template.macroenabled.main+xml",
];

export const NOT_A_WORKBOOK_MESSAGE =
  "The file is a zip archive but not an Excel workbook (.xlsx); upload the workbook or a CSV file";

type Relationship = { type: string; target: string };

/** A relationship's type, whether transitional (ECMA) or strict (ISO) names it. */
function relationshipKind(type: string): string {
  return type.slice(type.lastIndexOf("/") + 1);
}

function folderOf(partName: string): string {
  return partName.slice(0, partName.lastIndexOf("/") + 1);
}

function resolveTarget(from: string, target: string): string {
  const parts = (target.startsWith("/") ? target : folderOf(from) + target).split("/");
  const resolved: string[] = [];
  for (const part of parts) {
    if (part === "..") resolved.pop();
    else if (part !== "." && part !== "") resolved.push(part);
  }
  return normalizePartName(resolved.join("/"));
}

/** The relationships of part `partName` by id; external targets (links to other files) are left out. */
function readRelationships(
  source: ByteSource,
  entries: Map<string, ZipEntry>,
  partName: string,
): Map<string, Relationship> {
  const folder = folderOf(partName);
  const relsName = `${folder}_rels/${partName.slice(folder.length)}.rels`;
  const entry = entries.get(normalizePartName(relsName));
  const found = new Map<string, Relationship>();
  if (!entry) return found;
  readXmlPart(source, entry, {
    wantsText: false,
    open(name, attributes) {
      if (name !== "Relationship") return;
      const values = attributesOf(attributes);
      if (values.get("TargetMode") === "External") return;
      const id = values.get("Id");
      const target = values.get("Target");
      if (id === undefined || target === undefined) return;
      found.set(id, {
        type: relationshipKind(values.get("Type") ?? ""),
        target: resolveTarget(partName, target),
      });
    },
    close() {},
    text() {},
  });
  return found;
}

function describeOtherZip(source: ByteSource, entries: Map<string, ZipEntry>): string {
  const mimetype = entries.get("mimetype");
  if (
    mimetype &&
    mimetype.size < 200 &&
    entryText(source, mimetype).includes("opendocument.spreadsheet")
  ) {
    return "The file is an OpenDocument spreadsheet (.ods); save it as .xlsx or CSV and upload that";
  }
  if (entries.has("xl/workbook.bin")) {
    return "The file is an Excel binary workbook (.xlsb); save it as .xlsx or CSV and upload that";
  }
  return NOT_A_WORKBOOK_MESSAGE;
}

/** The workbook part the package's root relationships point to, if it is a spreadsheet's. */
function findWorkbookPart(source: ByteSource, entries: Map<string, ZipEntry>): string | undefined {
  const types = entries.get("[content_types].xml");
  if (!types) return undefined;
  const office = [...readRelationships(source, entries, "").values()].find(
    (relationship) => relationship.type === "officeDocument",
  );
  if (!office || !entries.has(office.target)) return undefined;
  const overrides = entryText(source, types).toLowerCase();
  const isSpreadsheet = WORKBOOK_TYPES.some((type) => overrides.includes(type));
  return isSpreadsheet ? office.target : undefined;
}

function assertUnpackedSize(entries: Map<string, ZipEntry>): void {
  let total = 0;
  for (const entry of entries.values()) total += entry.size;
  if (total > MAX_WORKBOOK_UNPACKED_BYTES) {
    throw new CsvFormatError(
      `The workbook would unpack to ${formatLimit(Math.round(total / 1024 / 1024))} MB, more than the ${formatMegabytes(MAX_WORKBOOK_UNPACKED_BYTES)} a workbook may; it was not unpacked`,
    );
  }
}

type SheetListing = { name: string; relationshipId: string; isHidden: boolean };

function readWorkbookPart(source: ByteSource, entry: ZipEntry) {
  const listed: SheetListing[] = [];
  let is1904 = false;
  readXmlPart(source, entry, {
    wantsText: false,
    open(name, attributes) {
      if (name === "workbookPr") {
        const date1904 = attributesOf(attributes).get("date1904");
        is1904 = date1904 === "1" || date1904 === "true";
      } else if (name === "sheet") {
        const values = attributesOf(attributes);
        const state = values.get("state");
        listed.push({
          name: values.get("name") ?? "",
          relationshipId: values.get("id") ?? "",
          isHidden: state === "hidden" || state === "veryHidden",
        });
      }
    },
    close() {},
    text() {},
  });
  return { listed, is1904 };
}

/** The number format of every cell style: `cellXfs` by index, with the workbook's own codes. */
function readFormats(source: ByteSource, entry: ZipEntry | undefined): NumberFormat[] {
  if (!entry) return [];
  const codes = new Map<number, string>();
  const formats: NumberFormat[] = [];
  let isInCellXfs = false;
  readXmlPart(source, entry, {
    wantsText: false,
    open(name, attributes) {
      if (name === "numFmt") {
        const values = attributesOf(attributes);
        codes.set(Number(values.get("numFmtId")), values.get("formatCode") ?? "");
      } else if (name === "cellXfs") {
        isInCellXfs = true;
      } else if (name === "xf" && isInCellXfs) {
        const id = Number(attributesOf(attributes).get("numFmtId") ?? 0);
        formats.push(Number.isFinite(id) ? numberFormatOf(id, codes) : GENERAL);
      }
    },
    close(name) {
      if (name === "cellXfs") isInCellXfs = false;
    },
    text() {},
  });
  return formats;
}

/**
 * Opens an .xlsx or .xlsm workbook: its sheets, styles and shared strings, from the parts the
 * package's relationships name. Macros, external links, pivot caches and drawings are never read,
 * and no formula is evaluated: a cell's value is what its writer stored. Throws CsvFormatError
 * for a zip that is not a workbook, one that unpacks past the limit, or a damaged one.
 */
export function openWorkbook(source: ByteSource): Workbook {
  const entries = readZipDirectory(source);
  assertUnpackedSize(entries);
  const workbookPart = findWorkbookPart(source, entries);
  if (!workbookPart) throw new CsvFormatError(describeOtherZip(source, entries));
  const relationships = readRelationships(source, entries, workbookPart);
  const { listed, is1904 } = readWorkbookPart(source, entries.get(workbookPart) as ZipEntry);
  const sheets: WorkbookSheet[] = [];
  for (const sheet of listed) {
    const relationship = relationships.get(sheet.relationshipId);
    const entry = relationship?.type === "worksheet" ? entries.get(relationship.target) : undefined;
    if (entry)
      sheets.push({ name: sheet.name, position: sheets.length, isHidden: sheet.isHidden, entry });
  }
  if (sheets.length === 0) throw new CsvFormatError("The workbook has no worksheets");
  if (sheets.length > MAX_WORKBOOK_SHEETS) {
    throw new CsvFormatError(
      `The workbook has ${sheets.length} sheets; at most ${MAX_WORKBOOK_SHEETS} are read`,
    );
  }
  const partOf = (kind: string) => {
    const found = [...relationships.values()].find((relationship) => relationship.type === kind);
    return found ? entries.get(found.target) : undefined;
  };
  return {
    source,
    sheets,
    is1904,
    formats: readFormats(source, partOf("styles")),
    sharedStrings: new SharedStrings(source, partOf("sharedStrings"), MAX_WORKBOOK_CELLS),
  };
}
