import { describe, expect, it } from "vitest";
import { queriesWithoutWorkspace, WORKSPACE_TABLES } from "./queries-without-workspace";

describe("queriesWithoutWorkspace", () => {
  it("knows the workspace tables from the schema", () => {
    expect(WORKSPACE_TABLES).toEqual(expect.arrayContaining(["leads", "campaigns", "imports"]));
    expect(WORKSPACE_TABLES).not.toContain("users");
  });

  it("finds a query on a workspace table that does not filter by workspace", () => {
    const queries = [
      'select "id" from "leads" where "leads"."id" = $1',
      'select "id" from "leads" where ("leads"."workspace_id" = $1 and "leads"."id" = $2)',
      "update imports set status = 'x' where id = $1",
      'select * from "users" where "users"."id" = $1',
      'select * from "api_keys" where "api_keys"."key_hash" = $1',
      'select "workspace_members"."workspace_id" from "workspace_members" where "workspace_members"."user_id" = $1',
    ];
    expect(queriesWithoutWorkspace(queries)).toEqual([
      'select "id" from "leads" where "leads"."id" = $1',
      "update imports set status = 'x' where id = $1",
    ]);
  });
});
