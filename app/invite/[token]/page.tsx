import type { Metadata } from "next";
import { AcceptInvite } from "@/components/team/accept-invite";

export const metadata: Metadata = { title: "Join a workspace · Leadport" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <main className="auth-card">
      <AcceptInvite token={token} />
    </main>
  );
}
