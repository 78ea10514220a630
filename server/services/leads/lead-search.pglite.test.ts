import { withPgliteDatabase } from "@/server/testing/with-pglite-database";
import { describeLeadSearch } from "./lead-search.cases";

/** The embedded default loads pg_trgm for the search index's migration. */
const pglite = withPgliteDatabase();
describeLeadSearch(() => pglite.current);
