import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = { title: "Create the owner account · Leadport" };

export default function SignUpLayout({ children }: { children: ReactNode }) {
  return children;
}
