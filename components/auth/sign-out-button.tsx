"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/components/trpc-provider";

export function SignOutButton({ email }: { email: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const signOut = useMutation(
    trpc.auth.signOut.mutationOptions({ onSuccess: () => router.replace("/sign-in") }),
  );
  return (
    <button type="button" className="button" onClick={() => signOut.mutate()} title={email}>
      Sign out
    </button>
  );
}
