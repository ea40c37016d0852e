// The headers every HTML page this server serves carries: its CSP, no framing, no sniffing, no referrer.

/** A CSP from its directives, each a string like "script-src 'self'". */
export const cspOf = (directives: readonly string[]): string => directives.join('; ');

/** The response headers of a page whose content policy is `csp` (which should include `frame-ancestors 'none'`). */
export function pageHeaders(csp: string): Record<string, string> {
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    // For browsers that predate frame-ancestors.
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
  };
}
