/** An opaque page cursor over (createdAt, id), newest first. */
export function encodeCursor(createdAt: Date, id: string): string {
  return btoa(`${createdAt.toISOString()}|${id}`)
    .replace(/=+$/, "")
    .replace(/\+/g, "-")
    .replace(/\//g, "_");
}

export function decodeCursor(cursor: string): { createdAt: Date; id: string } | null {
  try {
    const text = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
    const separator = text.indexOf("|");
    if (separator < 0) return null;
    const createdAt = new Date(text.slice(0, separator));
    const id = text.slice(separator + 1);
    return Number.isNaN(createdAt.getTime()) || !id ? null : { createdAt, id };
  } catch {
    return null;
  }
}
