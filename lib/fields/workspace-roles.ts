/** Owners manage members, invites and API keys; members import and manage leads and campaigns. */
export const WORKSPACE_ROLES = ["owner", "member"] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];
