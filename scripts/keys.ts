import { parseArgs } from "node:util";
import { getDatabase, migrateDatabase } from "@/db/client";
import { workspaces } from "@/db/schema";
import { createApiKey } from "@/server/services/api-keys/create-api-key";
import { listApiKeys } from "@/server/services/api-keys/list-api-keys";
import { revokeApiKey } from "@/server/services/api-keys/revoke-api-key";
import { createWorkspace } from "@/server/services/workspaces/create-workspace";
import { getDefaultWorkspace } from "@/server/services/workspaces/get-default-workspace";

const USAGE = `Usage: npm run keys -- <command> [options]

  workspaces                         list workspaces
  add-workspace <name> [--limit N]   create a workspace (optional contact limit) and its first key
  create [--workspace ID] [--name N] create a workspace API key (default workspace unless given)
  list [--workspace ID]              list a workspace's keys (prefixes only)
  revoke <key id> [--workspace ID]   revoke a key

With the embedded database (no DATABASE_URL), stop the server first: PGlite has one owner.`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    workspace: { type: "string" },
    name: { type: "string" },
    limit: { type: "string" },
  },
});
const [command, argument] = positionals;
const database = await getDatabase();
await migrateDatabase(database);
const { db } = database;
const workspaceId = async () => values.workspace ?? (await getDefaultWorkspace({ db })).id;

try {
  switch (command) {
    case "workspaces":
      console.table(await db.select().from(workspaces));
      break;
    case "add-workspace": {
      if (!argument) throw new Error("add-workspace needs a name");
      const limit = values.limit === undefined ? null : Number(values.limit);
      const workspace = await createWorkspace({
        db,
        input: { name: argument, contactLimit: limit },
      });
      const key = await createApiKey({
        db,
        input: { kind: "workspace", workspaceId: workspace.id, name: values.name ?? "Default key" },
      });
      console.log(
        `Workspace ${workspace.id} "${workspace.name}"\nAPI key (shown once): ${key.key}`,
      );
      break;
    }
    case "create": {
      const key = await createApiKey({
        db,
        input: {
          kind: "workspace",
          workspaceId: await workspaceId(),
          name: values.name ?? "CLI key",
        },
      });
      console.log(`API key ${key.id} (shown once): ${key.key}`);
      break;
    }
    case "list":
      console.table(await listApiKeys({ db, workspaceId: await workspaceId() }));
      break;
    case "revoke":
      if (!argument) throw new Error("revoke needs a key id");
      await revokeApiKey({ db, workspaceId: await workspaceId(), keyId: argument });
      console.log(`Revoked ${argument}`);
      break;
    default:
      console.log(USAGE);
      process.exitCode = command ? 1 : 0;
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await database.close();
}
