import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./load-config";

describe("loadConfig", () => {
  it("uses defaults when nothing is set", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, LOG_LEVEL: "info", SHUTDOWN_DRAIN_SECONDS: 25 });
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it("writes as many batches at once as there are cores, from 2 up to the seed's 10", () => {
    const inFlight = loadConfig({}).IMPORT_BATCHES_IN_FLIGHT;
    expect(inFlight).toBe(Math.min(10, Math.max(2, availableParallelism())));
    expect(loadConfig({ IMPORT_BATCHES_IN_FLIGHT: "10" }).IMPORT_BATCHES_IN_FLIGHT).toBe(10);
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(loadConfig({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: "http" }, "PORT"],
    [{ PORT: "70000" }, "PORT"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
    [{ SHUTDOWN_DRAIN_SECONDS: "-1" }, "SHUTDOWN_DRAIN_SECONDS"],
    [{ DATABASE_URL: "mysql://x" }, "DATABASE_URL"],
    [{ IMPORT_BATCHES_IN_FLIGHT: "11" }, "IMPORT_BATCHES_IN_FLIGHT"],
    [{ IMPORT_BATCHES_IN_FLIGHT: "1" }, "IMPORT_BATCHES_IN_FLIGHT"],
  ])("refuses %o, naming the variable", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });
});
