import type { ServiceContext } from "@/server/services/context";
import { findActiveLeadRow } from "./find-active-lead-row";
import { toLeadDto } from "./to-lead-dto";

export async function getLead({ ctx, leadId }: { ctx: ServiceContext; leadId: string }) {
  return toLeadDto(await findActiveLeadRow(ctx, leadId));
}
