export type RenamedHeader = { index: number; original: string; header: string };

export type UniqueHeaders = { headers: string[]; renamed: RenamedHeader[] };

/** BOM, zero-width space/joiners and word joiner: invisible, yet they make `Email` ≠ `Email`. */
const INVISIBLE = /[\uFEFF\u200B-\u200D\u2060]/g;

export function cleanHeader(raw: string): string {
  return raw.replace(INVISIBLE, "").trim();
}

/**
 * Names every column uniquely so rows can be keyed by header: a blank header becomes `Column N`
 * (1-based position), a repeat becomes `Email (2)`, `Email (3)`. Repeats are found ignoring case,
 * since header aliases match ignoring case. A generated name never takes a name another column
 * already has in the file. `renamed` lists the generated names for the UI to show.
 */
export function uniqueHeaders(raw: readonly string[]): UniqueHeaders {
  const cleaned = raw.map(cleanHeader);
  const original = new Set(cleaned.filter((name) => name !== "").map(foldCase));
  const used = new Set<string>();
  const headers: string[] = [];
  const renamed: RenamedHeader[] = [];
  cleaned.forEach((name, index) => {
    const isFree = name !== "" && !used.has(foldCase(name));
    const header = isFree
      ? name
      : pickFreeName(name || `Column ${index + 1}`, name, original, used);
    used.add(foldCase(header));
    headers.push(header);
    if (!isFree) renamed.push({ index, original: raw[index] ?? "", header });
  });
  return { headers, renamed };
}

function pickFreeName(
  base: string,
  cleaned: string,
  original: ReadonlySet<string>,
  used: ReadonlySet<string>,
): string {
  const isTaken = (name: string) => used.has(foldCase(name)) || original.has(foldCase(name));
  // A blank header's `Column N` is itself the first choice; a repeat starts at (2).
  if (cleaned === "" && !isTaken(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const name = `${base} (${suffix})`;
    if (!isTaken(name)) return name;
  }
}

function foldCase(name: string): string {
  return name.toLowerCase();
}
