"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { CredentialsForm } from "@/components/auth/credentials-form";
import { useTRPC } from "@/components/trpc-provider";

export default function SignInPage() {
  const trpc = useTRPC();
  const router = useRouter();
  const status = useQuery(trpc.auth.status.queryOptions());
  const signIn = useMutation(trpc.auth.signIn.mutationOptions());
  return (
    <>
      <CredentialsForm
        title="Sign in to Leadport"
        submitLabel="Sign in"
        onSubmit={async (values) => {
          await signIn.mutateAsync(values);
          router.replace("/");
          router.refresh();
        }}
      />
      {status.data?.isSignUpOpen && (
        <p className="auth-footnote">
          First time here? <Link href="/sign-up">Create the owner account</Link>.
        </p>
      )}
    </>
  );
}
