import { afterEach, describe, expect, it, vi } from "vitest";
import { createLogger } from "./logger";

afterEach(() => vi.restoreAllMocks());

function logged(write: () => void): Record<string, unknown> {
  const lines: string[] = [];
  vi.spyOn(console, "error").mockImplementation((line: string) => lines.push(line));
  write();
  expect(lines).toHaveLength(1);
  return JSON.parse(lines[0] as string);
}

describe("createLogger", () => {
  it("logs an error's name, code, frames and causes, but not a failed query's parameters", () => {
    const params = `{"${"someone@example.com".repeat(5_000)}"}`;
    const cause = Object.assign(new Error("invalid byte sequence for encoding"), { code: "22021" });
    const error = new Error(`Failed query: insert …\nparams: ${params}`, { cause });
    const entry = logged(() => createLogger({}, "error").error("lead batch failed", { error }));
    const serialised = entry.error as Record<string, unknown>;
    expect(JSON.stringify(entry).length).toBeLessThan(5_000);
    expect(serialised.message).toMatch(/^Failed query: insert …\nparams: /);
    expect(serialised.message).toMatch(/more characters\)$/);
    expect((serialised.stack as string[])[0]).toMatch(/^at /);
    expect(serialised.cause).toMatchObject({
      name: "Error",
      message: "invalid byte sequence for encoding",
      code: "22021",
    });
  });

  it("leaves other fields as they are", () => {
    const entry = logged(() => createLogger({ requestId: "r1" }, "warn").warn("slow", { ms: 12 }));
    expect(entry).toMatchObject({ level: "warn", message: "slow", requestId: "r1", ms: 12 });
  });
});
