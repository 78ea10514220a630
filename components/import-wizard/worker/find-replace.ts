/** A find and replace in one column, as the review grid's panel sets it. */
export interface FindReplace {
  column: number;
  find: string;
  replace: string;
  /** The whole cell must be `find` (spaces around it aside); else every occurrence in it. */
  isWholeCell: boolean;
  isCaseSensitive: boolean;
}

const REGEX_SPECIALS = /[.*+?^${}()|[\]\\]/g;

/**
 * What a cell becomes, or null when the find does not touch it. The text is literal, never a
 * pattern. An empty find matches only whole empty cells: "fill the blanks" without touching
 * anything else.
 */
export function replacerOf(spec: FindReplace): (cell: string) => string | null {
  const { find, replace } = spec;
  if (spec.isWholeCell) {
    const wanted = spec.isCaseSensitive ? find.trim() : find.trim().toLowerCase();
    return (cell) => {
      const value = spec.isCaseSensitive ? cell.trim() : cell.trim().toLowerCase();
      return value === wanted && cell !== replace ? replace : null;
    };
  }
  if (find === "") return () => null;
  const pattern = new RegExp(
    find.replace(REGEX_SPECIALS, "\\$&"),
    spec.isCaseSensitive ? "g" : "gi",
  );
  return (cell) => {
    pattern.lastIndex = 0;
    if (!pattern.test(cell)) return null;
    const next = cell.replace(pattern, () => replace);
    return next === cell ? null : next;
  };
}
