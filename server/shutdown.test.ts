import { describe, expect, it, vi } from "vitest";
import { GET as getMe } from "@/app/v1/me/route";
import { callRoute } from "@/server/testing/call-route";
import { createLogger } from "./logger";
import { beginShutdown, isShuttingDown } from "./shutdown";
import { handleTRPCRequest } from "./trpc/handle-trpc-request";

describe("a server shutting down", () => {
  it("refuses new work with 503 at both doors, then records what ran on and exits", async () => {
    const beforeExit = vi.fn(async () => {});
    const exited = new Promise<number>((resolve) => {
      beginShutdown("SIGTERM", {
        drainSeconds: 0.2,
        logger: createLogger({}, "silent"),
        beforeExit,
        exit: resolve,
      });
    });
    expect(isShuttingDown()).toBe(true);

    const api = await callRoute(getMe, { path: "/v1/me", headers: { "X-Api-Key": "sk_x" } });
    expect(api.status).toBe(503);
    expect(api.json.error).toEqual({
      code: "SERVICE_UNAVAILABLE",
      message: "This server is shutting down; send the request again",
    });
    const trpc = await handleTRPCRequest(
      new Request("http://leadport.test/api/trpc/auth.status?input={}"),
    );
    expect(trpc.status).toBe(503);

    expect(await exited).toBe(143);
    expect(beforeExit).toHaveBeenCalledOnce();
  });
});
