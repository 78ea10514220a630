/** How a cell's number format makes a person read its number. */
export type NumberFormat =
  | { kind: "general" }
  | { kind: "date"; hasDate: boolean; hasTime: boolean }
  /** `00000`: a ZIP code or id padded with leading zeros to `width` digits. */
  | { kind: "zeros"; width: number }
  | { kind: "percent" };

export const GENERAL: NumberFormat = { kind: "general" };

const DATE: NumberFormat = { kind: "date", hasDate: true, hasTime: false };
const TIME: NumberFormat = { kind: "date", hasDate: false, hasTime: true };
const DATE_TIME: NumberFormat = { kind: "date", hasDate: true, hasTime: true };
const PERCENT: NumberFormat = { kind: "percent" };

/**
 * ECMA-376 §18.8.30's built-in formats that are not plain numbers; 27–36 and 50–58 are the
 * East Asian date formats (their codes depend on the locale, but they are all dates).
 */
function builtInFormat(id: number): NumberFormat | undefined {
  if (id === 9 || id === 10) return PERCENT;
  if ((id >= 14 && id <= 17) || (id >= 27 && id <= 31) || (id >= 34 && id <= 36)) return DATE;
  if (id >= 50 && id <= 58) return DATE;
  if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47) || id === 32 || id === 33) return TIME;
  if (id === 22) return DATE_TIME;
  return undefined;
}

/**
 * What a format code shows: literal text ("…", \x), padding (_x, *x), colours and locales ([Red],
 * [$-409]) are not format letters; elapsed time ([h]:mm) is time. Only the first section (the one
 * for positive numbers) counts.
 */
function classifyCode(code: string): NumberFormat {
  const section = code.split(";")[0] ?? "";
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/[\\_*]./g, "")
    .replace(/\[(?:h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "")
    .toLowerCase();
  if (bare.trim() === "general" || bare === "") return GENERAL;
  const hasDate = /[dy]/.test(bare) || (/m/.test(bare) && !/[hs]/.test(bare));
  const hasTime = /[hs]/.test(bare) || /a\/p|am\/pm/.test(bare);
  if (hasDate || hasTime) return { kind: "date", hasDate, hasTime };
  if (bare.includes("%")) return PERCENT;
  if (/^0{2,}$/.test(bare.trim())) return { kind: "zeros", width: bare.trim().length };
  return GENERAL;
}

/** The format of number format id `id`, with the workbook's own codes (`numFmts`) first. */
export function numberFormatOf(id: number, codes: ReadonlyMap<number, string>): NumberFormat {
  const code = codes.get(id);
  if (code !== undefined) return classifyCode(code);
  return builtInFormat(id) ?? GENERAL;
}
