import { z } from "zod";
import { hasUnstorableCharacter } from "@/lib/cleanup/storable-text";

/** A request's text that is stored as it is: refused when PostgreSQL could not store it. */
export function storableString() {
  return z.string().refine((text) => !hasUnstorableCharacter(text), {
    message: "holds a character that cannot be stored (NUL or an unpaired surrogate)",
  });
}
