"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { useTRPC } from "@/components/trpc-provider";

const CLOSED: Record<string, string> = {
  accepted: "This invite link has already been used.",
  revoked: "This invite link was revoked.",
  expired: "This invite link has expired.",
};

/**
 * The invite link's page: a new teammate chooses a password; someone with an account signs in
 * with theirs. Either way they join the workspace and land in it.
 */
export function AcceptInvite({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const invite = useQuery({ ...trpc.auth.invite.queryOptions({ token }), retry: false });
  const [error, setError] = useState<string | null>(null);
  const accept = useMutation(
    trpc.auth.acceptInvite.mutationOptions({
      onSuccess: () => {
        router.replace("/");
        router.refresh();
      },
      onError: (caught) => setError(caught.message),
    }),
  );
  if (invite.isPending) return <p role="status">Checking the invite…</p>;
  if (invite.error) {
    return (
      <>
        <h1>Invite not found</h1>
        <p>{invite.error.message}. Ask the workspace owner for a new link.</p>
      </>
    );
  }
  const { workspaceName, email, role, state, hasPassword } = invite.data;
  if (state !== "open") {
    return (
      <>
        <h1>Join {workspaceName}</h1>
        <p>
          {CLOSED[state]} Ask the workspace owner for a new link, or{" "}
          <Link href="/sign-in">sign in</Link> if you already joined.
        </p>
      </>
    );
  }
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setError(null);
    accept.mutate({
      token,
      password: String(form.get("password")),
      ...(form.get("name") ? { name: String(form.get("name")) } : {}),
    });
  };
  return (
    <>
      <h1>Join {workspaceName}</h1>
      <p className="muted">
        You are invited as {role === "owner" ? "an owner" : "a member"} with{" "}
        <strong>{email}</strong>.{" "}
        {hasPassword
          ? "You already have a Leadport account: sign in with its password to join."
          : "Choose a password to create your account."}
      </p>
      <form onSubmit={submit} className="stack">
        {!hasPassword && (
          <label>
            Your name <span className="muted">(optional)</span>
            <input name="name" autoComplete="name" maxLength={100} />
          </label>
        )}
        <label>
          Password
          <input
            name="password"
            type="password"
            autoComplete={hasPassword ? "current-password" : "new-password"}
            minLength={8}
            required
          />
        </label>
        {error && (
          <p role="alert" className="error-text">
            {error}
          </p>
        )}
        <button type="submit" className="button primary" disabled={accept.isPending}>
          {hasPassword ? "Sign in and join" : "Create account and join"}
        </button>
      </form>
    </>
  );
}
