import { getDatabase, migrateDatabase } from "@/db/client";

const database = await getDatabase();
await migrateDatabase(database);
console.log(`Migrations applied (${database.kind}).`);
await database.close();
