import { prepareTemplateDatabase } from "./db/testing/test-database";

export default async function setup() {
  await prepareTemplateDatabase();
}
