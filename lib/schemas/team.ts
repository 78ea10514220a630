import { z } from "zod";
import { WORKSPACE_ROLES } from "@/lib/fields/workspace-roles";

export const inviteMemberInputSchema = z.object({
  email: z.email().max(254),
  role: z.enum(WORKSPACE_ROLES).default("member"),
});

export const passwordSchema = z.string().min(8, "at least 8 characters").max(200);

export const acceptInviteInputSchema = z.object({
  token: z.string().min(1).max(200),
  password: passwordSchema,
  name: z.string().trim().max(100).optional(),
});

export type InviteMemberInput = z.infer<typeof inviteMemberInputSchema>;
export type AcceptInviteInput = z.infer<typeof acceptInviteInputSchema>;
