import { type NextRequest, NextResponse } from "next/server";
import { contentSecurityPolicy, createNonce } from "@/server/http/content-security-policy";

/**
 * Pages only: each gets a fresh nonce and the Content-Security-Policy built on it, set on the
 * request (where Next.js reads the nonce for its own scripts) and on the response. API and tRPC
 * routes are left out, so their bodies reach the handlers untouched and unbuffered.
 */
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(createNonce(), {
    isDev: process.env.NODE_ENV === "development",
  });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|v1/|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
