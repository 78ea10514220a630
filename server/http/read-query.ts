import type { z } from "zod";
import { ServiceError } from "@/server/errors";

/** Query parameters as an object (repeated names become arrays), validated: bad ones are 400. */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.infer<S> {
  const params = new URL(request.url).searchParams;
  const object: Record<string, string | string[]> = {};
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name);
    object[name] = values.length === 1 ? (values[0] as string) : values;
  }
  const result = schema.safeParse(object);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw new ServiceError(
    "VALIDATION_ERROR",
    issue ? `Invalid query parameter ${issue.path.join(".")}: ${issue.message}` : "Invalid query",
  );
}
