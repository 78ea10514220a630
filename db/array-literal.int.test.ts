import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openPglite } from "@/db/client";
import { withTestDatabase } from "@/server/testing/with-test-database";
import { arrayLiteral } from "./array-literal";
import { rowsOf } from "./client";

const postgres = withTestDatabase();
let pglite: Database;
beforeAll(async () => {
  pglite = await openPglite();
}, 60_000);
afterAll(() => pglite.close());

const AWKWARD = [
  'say "hi"',
  "back\\slash",
  "\\n is not a newline",
  "line\nbreak\ttab\rreturn",
  "bell\u0007",
  "{braces}, commas",
  "  spaces kept  ",
  "",
  "NULL",
  "null",
  "Zoë Åström — “quoted” €",
  "emoji 🚀",
];

/** Element by element, as the engine reads them (unnest), not through a driver's array parser. */
async function roundTrip(database: Database, values: Array<string | null>): Promise<unknown> {
  const rows = rowsOf<{ value: string | null }>(
    await database.db.execute(
      sql`select value from unnest(${arrayLiteral(values)}::text[]) with ordinality as x(value, n) order by n`,
    ),
  );
  return rows.map((row) => row.value);
}

describe("arrayLiteral", () => {
  for (const [name, database] of [
    ["PostgreSQL", () => postgres.current],
    ["PGlite", () => pglite],
  ] as const) {
    it(`sends any text and null to ${name} unchanged`, async () => {
      expect(await roundTrip(database(), [...AWKWARD, null])).toEqual([...AWKWARD, null]);
      // No control characters: the JSON path, quotes and backslashes included.
      const printable = AWKWARD.filter((value) => !/[\u0000-\u001f]/.test(value));
      expect(await roundTrip(database(), [null, ...printable])).toEqual([null, ...printable]);
      expect(await roundTrip(database(), [])).toEqual([]);
    });

    it(`nests: an array of array literals reads back element by element on ${name}`, async () => {
      const tags = [["a", 'b "quoted"'], [], ["back\\slash", "new\nline"]];
      const rows = rowsOf<{ tags: unknown }>(
        await database().db.execute(
          sql`select t::text[] as tags from unnest(${arrayLiteral(tags.map(arrayLiteral))}::text[]) as t`,
        ),
      );
      expect(rows.map((row) => row.tags)).toEqual(tags);
    });
  }
});
