/*
 * Profile and company URLs in every shape exports carry them: with or without scheme, country
 * (`uk.`), `www.`, `mobile.` or `m.` hosts, the `mwlite` mobile path, and anything after the slug
 * (sub-pages, locale, query, fragment).
 */
const LINKEDIN_URL =
  /^(?:(?:https?:)?\/\/)?(?:[a-z\d-]+\.)*linkedin\.com\/(?:mwlite\/)?(in|company|school|showcase)\/([^/?#\s]+)(?:[/?#]\S*)?$/i;
const UNSAFE_IN_PATH = /[/?#%\s]/;

/** LinkedIn slugs are case-insensitive and its own links show them percent-decoded. */
function normalizeSlug(slug: string): string {
  let decoded = slug;
  try {
    decoded = decodeURIComponent(slug);
  } catch {
    // A stray `%` that is no escape: keep the slug as written.
  }
  return (UNSAFE_IN_PATH.test(decoded) ? slug : decoded).toLowerCase();
}

/** `https://www.linkedin.com/<in|company|…>/<slug>`; anything else comes back trimmed. */
export function cleanLinkedinUrl(raw: string): string {
  const value = raw.trim();
  const match = LINKEDIN_URL.exec(value);
  if (!match?.[1] || !match[2]) return value;
  return `https://www.linkedin.com/${match[1].toLowerCase()}/${normalizeSlug(match[2])}`;
}
