import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { NavLinks } from "@/components/shell/nav-links";
import { WorkspaceSwitcher } from "@/components/shell/workspace-switcher";
import { getDb } from "@/db/client";
import { requireSession } from "@/server/auth/require-session";
import { listUserWorkspaces } from "@/server/services/workspaces/list-user-workspaces";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const session = await requireSession();
  const workspaces = await listUserWorkspaces({ db: await getDb(), userId: session.userId });
  return (
    <div className="shell">
      <header className="topbar">
        <Link href="/" className="brand">
          <img src="/icon.svg" alt="" width={22} height={22} />
          Leadport
        </Link>
        <NavLinks />
        <WorkspaceSwitcher currentId={session.workspaceId} workspaces={workspaces} />
        <SignOutButton email={session.email} />
      </header>
      <main>{children}</main>
    </div>
  );
}
