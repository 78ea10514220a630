import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./load-config";

describe("loadConfig", () => {
  it("uses defaults when nothing is set", () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, LOG_LEVEL: "info", SHUTDOWN_DRAIN_SECONDS: 25 });
    expect(config.DATABASE_URL).toBeUndefined();
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
  ])("refuses %o, naming the variable", (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });
});
