import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not found · Leadport" };

/** Also what another workspace's lead or campaign looks like: exactly like a made-up id. */
export default function NotFound() {
  return (
    <main className="auth-card">
      <h1>Not found</h1>
      <p>
        There is nothing here, or it belongs to another workspace. Go to the{" "}
        <Link href="/leads">leads</Link> or <Link href="/campaigns">campaigns</Link>.
      </p>
    </main>
  );
}
