import type { Metadata } from "next";
import { AcceptInvite } from "@/components/team/accept-invite";

export const metadata: Metadata = { title: "Join a workspace · Leadport" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  return <AcceptInvite token={(await params).token} />;
}
