import { ServiceError } from "@/server/errors";

/** The key from `X-Api-Key` or `Authorization: Bearer`; both present must agree. */
export function readApiKey(headers: Headers): string {
  const fromHeader = headers.get("x-api-key")?.trim() || null;
  const authorization = headers.get("authorization")?.trim() || null;
  let fromBearer: string | null = null;
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1]) {
      throw new ServiceError("UNAUTHORIZED", "Authorization header must be 'Bearer <API key>'");
    }
    fromBearer = match[1];
  }
  if (fromHeader && fromBearer && fromHeader !== fromBearer) {
    throw new ServiceError(
      "UNAUTHORIZED",
      "X-Api-Key and Authorization headers carry different keys",
    );
  }
  const key = fromHeader ?? fromBearer;
  if (!key) throw new ServiceError("UNAUTHORIZED", "Missing API key");
  return key;
}
