import { GET as getImport } from "@/app/v1/imports/[id]/route";
import { GET as listRows } from "@/app/v1/imports/[id]/rows/route";
import { POST as undoImport } from "@/app/v1/imports/[id]/undo/route";
import { GET as listImports } from "@/app/v1/imports/route";
import { callRoute } from "./call-route";

/** The /v1 import history endpoints, called in-process with one key, for integration tests. */
export function importsApi(key: string) {
  const headers = { "X-Api-Key": key };
  const at = (id: string) => ({ params: { id }, headers });
  return {
    list: (query = "") => callRoute(listImports, { path: `/v1/imports${query}`, headers }),
    get: (id: string) => callRoute(getImport, { path: `/v1/imports/${id}`, ...at(id) }),
    rows: (id: string, query = "") =>
      callRoute(listRows, { path: `/v1/imports/${id}/rows${query}`, ...at(id) }),
    /** Without a body unless one is given, as `curl -X POST` sends it. */
    undo: (id: string, json?: { dryRun?: boolean; force?: boolean }) =>
      callRoute(undoImport, {
        method: "POST",
        path: `/v1/imports/${id}/undo`,
        ...(json === undefined ? {} : { json }),
        ...at(id),
      }),
  };
}
