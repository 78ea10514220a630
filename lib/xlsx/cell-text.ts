import type { NumberFormat } from "./number-format";

/** Excel shows at most 15 significant digits; more are binary noise (0.1 + 0.2). */
const SIGNIFICANT_DIGITS = 15;
/** Whole numbers a writer stores as they are, within the 15 digits Excel keeps. */
const INTEGER = /^-?[1-9]\d{0,14}$|^0$/;
const MS_PER_DAY = 86_400_000;
/** Serial 1 is 1900-01-01, and serial 60 is Lotus 1-2-3's 1900-02-29, a day that never was. */
const EPOCH_1900 = Date.UTC(1899, 11, 31);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** A finite number in plain decimal digits, never exponent notation: 4.47E+11 is 447000000000. */
export function plainNumber(value: number): string {
  const rounded = Number(value.toPrecision(SIGNIFICANT_DIGITS));
  const text = String(rounded);
  if (!text.includes("e")) return text;
  const [mantissa = "", exponentText = "0"] = text.split("e");
  const exponent = Number(exponentText);
  const isNegative = mantissa.startsWith("-");
  const [whole = "", fraction = ""] = mantissa.replace("-", "").split(".");
  const digits = whole + fraction;
  const point = whole.length + exponent;
  const plain =
    point <= 0
      ? `0.${"0".repeat(-point)}${digits}`
      : point >= digits.length
        ? digits + "0".repeat(point - digits.length)
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return isNegative ? `-${plain}` : plain;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/** A date serial as an ISO date, date and time (`2024-03-05T14:30:00`), or time of day. */
export function serialToIso(
  serial: number,
  format: { hasDate: boolean; hasTime: boolean },
  is1904: boolean,
): string {
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86_400);
  if (seconds === 86_400) {
    days += 1;
    seconds = 0;
  }
  const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  if (!format.hasDate && days === 0) return time;
  const epoch = is1904 ? EPOCH_1904 : EPOCH_1900;
  const shift = !is1904 && days >= 60 ? -1 : 0;
  const date = new Date(epoch + (days + shift) * MS_PER_DAY);
  const iso = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return format.hasTime && seconds !== 0 ? `${iso}T${time}` : iso;
}

/** A number cell's value as a person reads it under its format. */
export function numberText(raw: string, format: NumberFormat, is1904: boolean): string {
  if (format.kind === "general" && INTEGER.test(raw)) return raw;
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isFinite(value)) return raw;
  switch (format.kind) {
    case "date":
      // Dates before the epoch do not exist in a workbook; such a value is a plain number.
      return value >= 0 && value < 2_958_466
        ? serialToIso(value, format, is1904)
        : plainNumber(value);
    case "zeros":
      return Number.isInteger(value) && value >= 0
        ? plainNumber(value).padStart(format.width, "0")
        : plainNumber(value);
    case "percent":
      return `${plainNumber(value * 100)}%`;
    default:
      return plainNumber(value);
  }
}

/**
 * Text of the `_xHHHH_` escapes OOXML writes for characters XML cannot hold (ECMA-376 §22.9.2.19),
 * `_x000D_` for a carriage return among them; `_x005F_` escapes a literal underscore.
 */
export function unescapeOoxml(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}
