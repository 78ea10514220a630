import type { Metadata } from "next";
import { InviteForm } from "@/components/team/invite-form";
import { TeamList } from "@/components/team/team-list";
import { Notice } from "@/components/ui/notice";
import { requireSession } from "@/server/auth/require-session";

export const metadata: Metadata = { title: "Team · Leadport" };

export default async function TeamPage() {
  const session = await requireSession();
  const isOwner = session.role === "owner";
  return (
    <>
      <h1>Team</h1>
      <p className="lede">Everyone who works in {session.workspaceName}, and who is invited.</p>
      <div className="stack-gap">
        {isOwner ? (
          <InviteForm />
        ) : (
          <Notice>Only the workspace's owners invite and remove teammates.</Notice>
        )}
        <TeamList isOwner={isOwner} />
      </div>
    </>
  );
}
