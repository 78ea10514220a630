"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { CredentialsForm } from "@/components/auth/credentials-form";
import { useTRPC } from "@/components/trpc-provider";

export default function SignUpPage() {
  const trpc = useTRPC();
  const router = useRouter();
  const status = useQuery(trpc.auth.status.queryOptions());
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  if (status.data && !status.data.isSignUpOpen) {
    return (
      <main className="auth-card">
        <h1>Sign-up is closed</h1>
        <p>
          This Leadport already has an owner. <Link href="/sign-in">Sign in</Link> instead.
        </p>
      </main>
    );
  }
  return (
    <CredentialsForm
      title="Create the owner account"
      intro="The first account owns the default workspace. Sign-up closes once it exists."
      submitLabel="Create account"
      onSubmit={async (values) => {
        await signUp.mutateAsync(values);
        router.replace("/");
        router.refresh();
      }}
    />
  );
}
