import { withTestDatabase } from "@/server/testing/with-test-database";
import { describeLeadSearch } from "./lead-search.cases";

const database = withTestDatabase();
describeLeadSearch(() => database.current);
