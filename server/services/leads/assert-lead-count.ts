import { formatLimit } from "@/lib/limits";
import { ServiceError } from "@/server/errors";

/** Empty and over-limit arrays are 400 VALIDATION_ERROR with nothing written (seeds' README). */
export function assertLeadCount(
  leads: readonly unknown[] | undefined,
  max: number,
): asserts leads is readonly unknown[] {
  if (leads === undefined) {
    throw new ServiceError("VALIDATION_ERROR", "leads array is required");
  }
  if (leads.length === 0) {
    throw new ServiceError("VALIDATION_ERROR", "leads array must not be empty");
  }
  if (leads.length > max) {
    throw new ServiceError("VALIDATION_ERROR", `Maximum ${formatLimit(max)} leads per request`, {
      received: leads.length,
      max,
    });
  }
}
