/**
 * The Content-Security-Policy of the page. The prerendered HTML carries it in a `<meta http-equiv>`; hosts
 * send the same policy as a header, with `frame-ancestors` added (docs/security-headers.md), because a meta
 * policy cannot carry `frame-ancestors`.
 *
 * Strict on purpose: scripts and styles only from the page's own origin, no inline script, no eval, no inline
 * style attributes. Leaflet positions its panes and tiles through the CSSOM (`element.style.transform = …`),
 * which CSP does not restrict; React `style` props, in contrast, become `style="…"` attributes in the
 * prerendered HTML and would be blocked, so components use classes and CSS variables instead.
 */

/**
 * The origin to allow for map tiles, from a Leaflet URL template such as
 * `https://{s}.tile.example.org/{z}/{x}/{y}.png` (the `{s}` subdomain becomes a `*.` wildcard). Empty or
 * unparsable templates, and templates that are not https, give `null`: no extra host is allowed.
 */
export function tileSource(template: string | undefined): string | null {
  if (!template) return null;
  const match = /^https:\/\/([^/?#]+)/i.exec(template.trim());
  if (!match?.[1]) return null;
  // Leaflet's `{s}` subdomain placeholder: the whole first label becomes a wildcard ("a-{s}.x" → "*.x").
  const host = match[1].toLowerCase().replace(/^[^.]*\{s\}[^.]*\./, '*.');
  // Any other placeholder or character outside a host name makes the template unusable as a CSP source.
  if (!/^(\*\.)?[a-z0-9.-]+(:\d+)?$/.test(host)) return null;
  return `https://${host}`;
}

/** Options of {@link contentSecurityPolicy}. */
export interface CspOptions {
  /** Leaflet tile URL template (`VITE_TILE_URL`); its host is allowed for images. */
  tileUrl?: string | undefined;
  /** Directives only a header can carry (`frame-ancestors`), for the header version of the policy. */
  frameAncestors?: string | undefined;
}

/** The policy as one header or meta value. */
export function contentSecurityPolicy({ tileUrl, frameAncestors }: CspOptions = {}): string {
  const tiles = tileSource(tileUrl);
  const directives: [string, ...string[]][] = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['style-src', "'self'"],
    // data: for the small images Vite inlines into the CSS (Leaflet's marker and layer icons).
    ['img-src', "'self'", 'data:', ...(tiles ? [tiles] : [])],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
  ];
  if (frameAncestors) directives.push(['frame-ancestors', frameAncestors]);
  return directives.map((parts) => parts.join(' ')).join('; ');
}
