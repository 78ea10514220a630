/**
 * The Content-Security-Policy of the web app's pages. Scripts run only with this response's nonce
 * (Next.js puts it on its own scripts when it finds the policy on the request), and what they load
 * from there ('strict-dynamic'); everything else comes from this origin only, nothing from a CDN.
 * The wizard's Web Worker is a same-origin script, so `worker-src 'self'` covers it. No site may
 * frame a page (clickjacking). React writes `style` attributes (progress bars), hence
 * `style-src-attr`; development builds need `eval` and inject unsigned styles.
 */
export function contentSecurityPolicy(nonce: string, options: { isDev: boolean }): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": [
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      ...(options.isDev ? ["'unsafe-eval'"] : []),
    ],
    "style-src": ["'self'", options.isDev ? "'unsafe-inline'" : `'nonce-${nonce}'`],
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "worker-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** 128 random bits, base64: a new one for every page response. */
export function createNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
