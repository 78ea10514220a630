/**
 * An empty map of custom field names to values. It has no prototype, so a field named
 * `__proto__` (a header or a JSON key like any other) is stored as a field instead of being lost
 * on assignment.
 */
export function emptyFieldMap(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}
