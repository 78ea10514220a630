import { CsvFormatError } from "@/lib/csv/csv-format-error";
import { formatLimit, MAX_WORKBOOK_CELLS } from "@/lib/limits";
import { numberText, unescapeOoxml } from "./cell-text";
import { GENERAL } from "./number-format";
import type { Workbook, WorkbookSheet } from "./open-workbook";
import { streamXmlPart } from "./read-xml-part";
import { attributeOf, type XmlHandler } from "./xml-scanner";

/** A row of a sheet that has at least one value. */
export interface SheetRecord {
  /** 1-based, as the sheet shows it. */
  rowNumber: number;
  /** Cell texts by 0-based column, up to the last cell with a value. */
  cells: string[];
  /** Columns whose value a formula computed (its cached result is the value). */
  formulaColumns?: number[];
}

/** A merged range, 0-based and inclusive. */
export interface MergedRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** What a sheet says about its layout: known in full only once the sheet was read to the end. */
export interface SheetLayout {
  /** 0-based columns the sheet hides. */
  hiddenColumns: Set<number>;
  /** Merged ranges come after the rows in the sheet's XML. */
  merges: MergedRange[];
}

/** Excel's last column, XFD. */
const MAX_COLUMNS = 16_384;

/** `AB12` as 0-based column and 1-based row; NaN parts when the reference is not one. */
export function parseCellReference(reference: string): { column: number; row: number } {
  let column = 0;
  let at = 0;
  for (; at < reference.length; at += 1) {
    const code = reference.charCodeAt(at) | 0x20;
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  return { column: at === 0 ? Number.NaN : column - 1, row: Number(reference.slice(at)) };
}

function parseRange(reference: string): MergedRange | undefined {
  const [from = "", to = from] = reference.split(":");
  const start = parseCellReference(from);
  const end = parseCellReference(to);
  const values = [start.column, start.row, end.column, end.row];
  if (values.some((value) => !Number.isFinite(value))) return undefined;
  return { top: start.row - 1, left: start.column, bottom: end.row - 1, right: end.column };
}

/** Strict OOXML's `t="d"` holds an ISO date; midnight is just the date. */
function isoDateText(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T00:00:00(?:\.0+)?Z?)?$/.exec(value);
  return match?.[1] ?? value;
}

class SheetHandler implements XmlHandler {
  readonly done: SheetRecord[] = [];
  readonly layout: SheetLayout = { hiddenColumns: new Set(), merges: [] };
  #cellCount = 0;
  #rowNumber = 0;
  #cells: string[] = [];
  #formulaColumns: number[] | undefined;
  #column = -1;
  #type = "n";
  #style = 0;
  #isFormula = false;
  #value = "";
  #isCollecting = false;
  #isInInline = false;
  #phoneticDepth = 0;

  constructor(private readonly workbook: Workbook) {}

  get wantsText(): boolean {
    return this.#isCollecting;
  }

  open(name: string, attributes: string): void {
    switch (name) {
      case "c":
        return this.#openCell(attributes);
      case "v":
        this.#isCollecting = !this.#isInInline;
        return;
      case "f":
        this.#isFormula = true;
        return;
      case "is":
        this.#isInInline = true;
        return;
      case "t":
        this.#isCollecting = this.#isInInline && this.#phoneticDepth === 0;
        return;
      case "rPh":
        this.#phoneticDepth += 1;
        return;
      case "row":
        return this.#openRow(attributes);
      case "col":
        return this.#hideColumns(attributes);
      case "mergeCell": {
        const range = parseRange(attributeOf(attributes, "ref") ?? "");
        if (range) this.layout.merges.push(range);
        return;
      }
    }
  }

  close(name: string): void {
    switch (name) {
      case "v":
      case "t":
        this.#isCollecting = false;
        return;
      case "is":
        this.#isInInline = false;
        return;
      case "rPh":
        this.#phoneticDepth -= 1;
        return;
      case "c":
        return this.#closeCell();
      case "row":
        return this.#closeRow();
    }
  }

  text(text: string): void {
    this.#value += text;
  }

  #openRow(attributes: string): void {
    const reference = attributeOf(attributes, "r");
    this.#rowNumber = reference === undefined ? this.#rowNumber + 1 : Number(reference);
    if (!Number.isInteger(this.#rowNumber) || this.#rowNumber < 1) {
      throw new CsvFormatError("A sheet of the workbook has a row without a valid number");
    }
    this.#cells = [];
    this.#formulaColumns = undefined;
    this.#column = -1;
  }

  #openCell(attributes: string): void {
    const reference = attributeOf(attributes, "r");
    const column =
      reference === undefined ? this.#column + 1 : parseCellReference(reference).column;
    if (!(column >= 0 && column < MAX_COLUMNS)) {
      throw new CsvFormatError("A sheet of the workbook has a cell outside columns A to XFD");
    }
    this.#column = column;
    this.#type = attributeOf(attributes, "t") ?? "n";
    this.#style = Number(attributeOf(attributes, "s") ?? 0);
    this.#isFormula = false;
    this.#value = "";
  }

  #closeCell(): void {
    const text = this.#cellText();
    if (text === "") return;
    this.#cellCount += 1;
    if (this.#cellCount > MAX_WORKBOOK_CELLS) {
      throw new CsvFormatError(
        `The sheet holds more than ${formatLimit(MAX_WORKBOOK_CELLS)} cells with values; it was not read`,
      );
    }
    while (this.#cells.length < this.#column) this.#cells.push("");
    this.#cells[this.#column] = text;
    if (this.#isFormula) (this.#formulaColumns ??= []).push(this.#column);
  }

  #cellText(): string {
    const value = this.#value;
    switch (this.#type) {
      case "s":
        return this.workbook.sharedStrings.at(Number(value));
      case "inlineStr":
      case "str":
        return unescapeOoxml(value);
      case "b":
        return value === "" ? "" : value.trim() === "1" ? "true" : "false";
      case "e":
        return value.trim();
      case "d":
        return isoDateText(value.trim());
      default: {
        const format = this.workbook.formats[this.#style] ?? GENERAL;
        return numberText(value, format, this.workbook.is1904);
      }
    }
  }

  #closeRow(): void {
    if (this.#cells.length === 0) return;
    const record: SheetRecord = { rowNumber: this.#rowNumber, cells: this.#cells };
    if (this.#formulaColumns) record.formulaColumns = this.#formulaColumns;
    this.done.push(record);
    this.#cells = [];
  }

  #hideColumns(attributes: string): void {
    const hidden = attributeOf(attributes, "hidden");
    if (hidden !== "1" && hidden !== "true") return;
    const min = Number(attributeOf(attributes, "min"));
    const max = Math.min(Number(attributeOf(attributes, "max")), MAX_COLUMNS);
    for (let column = min; column <= max; column += 1) this.layout.hiddenColumns.add(column - 1);
  }
}

/**
 * The rows of a sheet that have a value, in pieces as its XML is inflated and read: the sheet is
 * never held whole. `layout` fills in as the pieces are read (merged ranges only at the very end).
 */
export function readSheet(
  workbook: Workbook,
  sheet: WorkbookSheet,
): { layout: SheetLayout; pieces: Generator<SheetRecord[]> } {
  const handler = new SheetHandler(workbook);
  function* pieces(): Generator<SheetRecord[]> {
    for (const _ of streamXmlPart(workbook.source, sheet.entry, handler)) {
      if (handler.done.length > 0) yield handler.done.splice(0);
    }
    if (handler.done.length > 0) yield handler.done.splice(0);
  }
  return { layout: handler.layout, pieces: pieces() };
}
