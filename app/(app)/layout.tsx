import Link from "next/link";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { requireSession } from "@/server/auth/require-session";

export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const session = await requireSession();
  return (
    <div className="shell">
      <header className="topbar">
        <Link href="/" className="brand">
          Leadport
        </Link>
        <nav className="nav" aria-label="Main">
          <Link href="/import">Import</Link>
          <Link href="/leads">Leads</Link>
          <Link href="/campaigns">Campaigns</Link>
          <Link href="/api-keys">API keys</Link>
          <Link href="/docs/api">API reference</Link>
        </nav>
        <span className="workspace-name" data-testid="workspace-name">
          Workspace: <strong>{session.workspaceName}</strong>
        </span>
        <SignOutButton email={session.email} />
      </header>
      <main>{children}</main>
    </div>
  );
}
