export function readCookie(headers: Headers, name: string): string | undefined {
  const header = headers.get("cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return undefined;
}

/** HTTPS directly or behind a proxy that says so; cookies set over it are marked `Secure`. */
export function isHttpsRequest(request: Request): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim();
  return forwarded ? forwarded === "https" : new URL(request.url).protocol === "https:";
}

/**
 * httpOnly and SameSite=Lax, so scripts cannot read it and other sites cannot send it; `Secure`
 * whenever the app is served over HTTPS, so it never travels in clear text there.
 */
function cookieAttributes(options: { secure: boolean }): string[] {
  return ["Path=/", "HttpOnly", "SameSite=Lax", ...(options.secure ? ["Secure"] : [])];
}

export function sessionCookie(
  name: string,
  token: string,
  expiresAt: Date,
  options: { secure: boolean },
): string {
  return [
    `${name}=${encodeURIComponent(token)}`,
    ...cookieAttributes(options),
    `Expires=${expiresAt.toUTCString()}`,
  ].join("; ");
}

export function clearedCookie(name: string, options: { secure: boolean }): string {
  return [`${name}=`, ...cookieAttributes(options), "Max-Age=0"].join("; ");
}
