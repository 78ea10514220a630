"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { CredentialsForm } from "@/components/auth/credentials-form";
import { useTRPC } from "@/components/trpc-provider";

const CLOSED: Record<string, string> = {
  accepted: "This invite link has already been used.",
  revoked: "This invite link was revoked.",
  expired: "This invite link has expired.",
};

function Message({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="auth-card">
      <h1>{title}</h1>
      <p>{children}</p>
    </main>
  );
}

/**
 * The invite link's page: a new teammate chooses a password; someone with an account signs in
 * with theirs. Either way they join the workspace and land in it.
 */
export function AcceptInvite({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const invite = useQuery(trpc.auth.invite.queryOptions({ token }));
  const accept = useMutation(trpc.auth.acceptInvite.mutationOptions());
  if (invite.isPending) return <Message title="Join a workspace">Checking the invite…</Message>;
  if (invite.error) {
    return (
      <Message title="Invite not found">
        {invite.error.message}. Ask the workspace owner for a new link.
      </Message>
    );
  }
  const { workspaceName, email, role, state, hasPassword } = invite.data;
  if (state !== "open") {
    return (
      <Message title={`Join ${workspaceName}`}>
        {CLOSED[state]} Ask the workspace owner for a new link, or{" "}
        <Link href="/sign-in">sign in</Link> if you already joined.
      </Message>
    );
  }
  return (
    <CredentialsForm
      title={`Join ${workspaceName}`}
      intro={`You are invited as ${role === "owner" ? "an owner" : "a member"}. ${
        hasPassword
          ? "You already have a Leadport account: sign in with its password to join."
          : "Choose a password to create your account."
      }`}
      fixedEmail={email}
      asksName={!hasPassword}
      isNewPassword={!hasPassword}
      submitLabel={hasPassword ? "Sign in and join" : "Create account and join"}
      onSubmit={async ({ password, name }) => {
        await accept.mutateAsync({ token, password, ...(name ? { name } : {}) });
        router.replace("/");
        router.refresh();
      }}
    />
  );
}
