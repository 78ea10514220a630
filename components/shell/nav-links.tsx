"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/import", label: "Import" },
  { href: "/imports", label: "Imports" },
  { href: "/leads", label: "Leads" },
  { href: "/campaigns", label: "Campaigns" },
  { href: "/team", label: "Team" },
  { href: "/api-keys", label: "API keys" },
  { href: "/docs/api", label: "API reference" },
];

/** The main navigation; the section of the current page is marked for screen readers too. */
export function NavLinks() {
  const pathname = usePathname();
  return (
    <nav className="nav" aria-label="Main">
      {LINKS.map((link) => (
        <Link
          key={link.href}
          href={link.href}
          aria-current={
            pathname === link.href || pathname.startsWith(`${link.href}/`) ? "page" : undefined
          }
        >
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
