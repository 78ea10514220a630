export const CAMPAIGN_STATUSES = ["draft", "active", "paused", "completed"] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const MEMBERSHIP_STATUSES = ["pending", "active", "completed", "removed"] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** Seed 004: joining an active campaign makes the membership active; any other, pending. */
export function membershipStatusFor(campaignStatus: CampaignStatus): MembershipStatus {
  return campaignStatus === "active" ? "active" : "pending";
}
