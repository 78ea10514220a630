import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const SOURCE_DIRS = ["app", "components", "db", "lib", "server", "public"];
const SOURCE_FILES = [
  "instrumentation.ts",
  "next.config.mjs",
  "proxy.ts",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
];
const HASH_FILE = path.join(".next", "leadport-source-hash");

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(full);
    return entry.name.endsWith(".test.ts") ? [] : [full];
  });
}

/** A hash of everything that goes into the build, so a changed checkout rebuilds. */
export function sourceHash(): string {
  const hash = createHash("sha256");
  const files = [...SOURCE_DIRS.flatMap(listFiles), ...SOURCE_FILES.filter(existsSync)].sort();
  for (const file of files) {
    hash.update(file);
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

function isBuildFresh(hash: string): boolean {
  if (!existsSync(path.join(".next", "BUILD_ID")) || !existsSync(HASH_FILE)) return false;
  return readFileSync(HASH_FILE, "utf8") === hash && statSync(HASH_FILE).isFile();
}

/** Runs `next build` when the build is missing or older than the sources. */
export function buildIfStale(): void {
  const hash = sourceHash();
  if (isBuildFresh(hash)) return;
  console.log("Building Leadport (the build is missing or stale)…");
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(HASH_FILE, hash);
}
