/**
 * Which hosts an embedded playground talks to. Without an allow-list any
 * host may; with one (`origin=https://a.example,https://b.example`) messages
 * from other origins are ignored, and the frame writes only to an allowed
 * origin, never to `*`.
 */

/** Allowed host origins; null when any host may talk to the frame. */
export type OriginAllowList = readonly string[] | null;

export type ParsedOrigins = { origins: string[]; problems: string[] };

/**
 * Reads a comma-separated list of origins such as `https://docs.example:8443`.
 * Each entry must be an http(s) origin and nothing more (a trailing slash is
 * tolerated); anything else is reported and left out, so a bad list allows
 * fewer hosts, never more.
 */
export function parseOriginList(text: string): ParsedOrigins {
  const origins: string[] = [];
  const problems: string[] = [];
  for (const entry of text.split(',').map((part) => part.trim())) {
    if (entry === '') continue;
    const origin = originOf(entry);
    if (origin === null) problems.push(`"${entry}" is not an origin such as https://example.com`);
    else if (!origins.includes(origin)) origins.push(origin);
  }
  return { origins, problems };
}

function originOf(entry: string): string | null {
  if (!URL.canParse(entry)) return null;
  const url = new URL(entry);
  const web = url.protocol === 'https:' || url.protocol === 'http:';
  const onlyOrigin = url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
  // URL writes the origin canonically: lower case, default port dropped.
  return web && onlyOrigin ? url.origin : null;
}

export function acceptsOrigin(allowed: OriginAllowList, origin: string): boolean {
  return allowed === null || allowed.includes(origin);
}

/**
 * The target origin for the frame's messages, given the host's origin when
 * known (`null` when not; the string "null" for an opaque origin). Null
 * means: say nothing, as the host is not, or not known to be, allowed.
 */
export function hostTarget(allowed: OriginAllowList, hostOrigin: string | null): string | null {
  if (allowed === null) return hostOrigin === null || hostOrigin === 'null' ? '*' : hostOrigin;
  if (hostOrigin !== null) return allowed.includes(hostOrigin) ? hostOrigin : null;
  // A single allowed origin is safe to name: the browser delivers only if the host has it.
  return allowed.length === 1 ? allowed[0]! : null;
}
