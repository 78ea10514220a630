import { readFileSync, writeFileSync } from "node:fs";

/**
 * This machine's npm registry serves only Linux builds of platform packages, so `npm install`
 * leaves other platforms' optional binaries (Next's SWC, Biome) out of package-lock.json, and
 * `npm ci` then calls the lock out of sync. This adds them back as optional entries; npm skips
 * them on platforms they are not for, exactly as with a lock written against the full registry.
 */
type LockPackage = {
  version?: string;
  dev?: boolean;
  optional?: boolean;
  optionalDependencies?: Record<string, string>;
};

const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {
  packages: Record<string, LockPackage>;
};
const added: string[] = [];
for (const meta of Object.values(lock.packages)) {
  for (const [name, version] of Object.entries(meta.optionalDependencies ?? {})) {
    const path = `node_modules/${name}`;
    if (lock.packages[path]) continue;
    lock.packages[path] = { version, ...(meta.dev ? { dev: true } : {}), optional: true };
    added.push(`${name}@${version}`);
  }
}
const [root, ...rest] = Object.entries(lock.packages);
lock.packages = Object.fromEntries([
  root as [string, LockPackage],
  ...rest.sort(([a], [b]) => a.localeCompare(b)),
]);
writeFileSync("package-lock.json", `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  added.length
    ? `Added to package-lock.json: ${added.join(", ")}`
    : "package-lock.json is complete.",
);
