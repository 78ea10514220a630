import { describe, expect, it } from "vitest";
import { campaignApi, workspaceWithCampaign } from "@/server/testing/campaign-api-client";
import { createTestWorkspace } from "@/server/testing/test-workspace";
import { withTestDatabase } from "@/server/testing/with-test-database";

const database = withTestDatabase();

const setUp = (status?: "draft" | "active") => workspaceWithCampaign(database.current.db, status);

describe("campaign resource", () => {
  it("creates a draft by default, lists, renames, changes status and deletes", async () => {
    const { key } = await createTestWorkspace(database.current.db);
    const api = campaignApi(key);
    const created = await api.create({ name: "Launch" });
    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({
      name: "Launch",
      status: "draft",
      leadCounts: { total: 0 },
    });
    const id = created.json.data.id;
    expect((await api.patch(id, { name: "Relaunch", status: "active" })).json.data).toMatchObject({
      name: "Relaunch",
      status: "active",
    });
    expect((await api.list()).json.data.campaigns).toHaveLength(1);
    expect((await api.patch(id, { status: "finished" })).status).toBe(422);
    expect((await api.remove(id)).status).toBe(200);
    expect((await api.get(id)).status).toBe(404);
    expect((await api.create({ name: "" })).status).toBe(422);
  });

  it("answers Campaign not found for another workspace's campaign", async () => {
    const mine = await setUp();
    const theirs = await setUp();
    for (const response of [
      await mine.campaigns.get(theirs.campaign.id),
      await mine.campaigns.addLeads(theirs.campaign.id, { selectAll: true }),
      await mine.campaigns.members(theirs.campaign.id),
    ]) {
      expect(response.status).toBe(404);
      expect(response.json.error).toEqual({ code: "NOT_FOUND", message: "Campaign not found" });
    }
  });
});
