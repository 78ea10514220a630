import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["**/*.test.ts"],
    globalSetup: ["./vitest.global-setup.ts"],
    // Checks that need partitioned workspace tables run in `npm run test:sharded` only.
    exclude: [
      "node_modules/**",
      ".next/**",
      "e2e/**",
      ...(process.env.TEST_SHARDED === "1" ? [] : ["**/*.sharded.test.ts"]),
    ],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
