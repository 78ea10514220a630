/**
 * Whether a request that changes state was sent by another site's page (CSRF). Same rules as Go's
 * `http.CrossOriginProtection`: a browser's `Sec-Fetch-Site` decides when present; else its
 * `Origin` must name this host; a request with neither did not come from a browser, so it carries
 * no cookie another site could have made it send. SameSite=Lax alone lets same-site subdomains in.
 */
export function isCrossSiteRequest(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site !== null) return site !== "same-origin" && site !== "none";
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = request.headers.get("host");
  return !URL.canParse(origin) || new URL(origin).host !== host;
}
