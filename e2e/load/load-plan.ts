import { openPostgres } from "@/db/client";
import { createTestMember, createTestWorkspace } from "@/server/testing/test-workspace";

/** Who takes part: workspaces, each with two API keys and a member who signs in to the web app. */
export interface LoadParticipants {
  workspaces: Array<{
    workspaceId: string;
    keys: string[];
    member: { email: string; password: string };
  }>;
  /** An account the traffic keeps guessing the password of. */
  target: { email: string };
}

export async function createParticipants(
  databaseUrl: string,
  count: number,
): Promise<LoadParticipants> {
  const database = await openPostgres(databaseUrl, { max: 1 });
  try {
    const workspaces: LoadParticipants["workspaces"] = [];
    for (let index = 0; index < count; index++) {
      const first = await createTestWorkspace(database.db, { name: `Load ${index}` });
      const { createApiKey } = await import("@/server/services/api-keys/create-api-key");
      const second = await createApiKey({
        db: database.db,
        input: { kind: "workspace", workspaceId: first.workspaceId, name: "load 2" },
      });
      const member = await createTestMember(database.db, first.workspaceId);
      workspaces.push({ workspaceId: first.workspaceId, keys: [first.key, second.key], member });
    }
    const target = await createTestMember(database.db, workspaces[0]?.workspaceId as string);
    return { workspaces, target };
  } finally {
    await database.close();
  }
}
