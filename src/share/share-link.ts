/**
 * Share links: the configuration, packed by the codec, in the URL fragment
 * (`…/#config=<packed>`). The fragment never reaches a server, so a link is
 * shared without one. Reading a link never throws: an oversized, damaged or
 * bomb-like value gives a message. The packed form is limited to
 * MAX_SHARE_LINK_CHARS; the unpacked text to the codec's MAX_CONFIG_BYTES,
 * which the codec enforces while inflating, so a tiny link that would inflate
 * to gigabytes stops early.
 */
import { decodeConfig, encodeConfig, MAX_CONFIG_BYTES } from './codec';
import { formatSize } from './sizes';

/** The fragment parameter that holds the packed configuration. */
export const SHARE_PARAMETER = 'config';

/** The longest packed configuration a link may carry, in characters (bytes: it is ASCII). */
export const MAX_SHARE_LINK_CHARS = 32 * 1024;

export type BuiltShareLink = { ok: true; url: string } | { ok: false; error: string };

export type SharedConfig =
  { kind: 'none' } | { kind: 'config'; config: string } | { kind: 'error'; error: string };

/**
 * The link that opens `config` in the playground of the page at `pageUrl`.
 * The page's query (a lesson, projector mode) is left out: the link opens the
 * plain playground.
 */
export async function buildShareLink(pageUrl: string, config: string): Promise<BuiltShareLink> {
  const bytes = new TextEncoder().encode(config).length;
  if (bytes > MAX_CONFIG_BYTES)
    return {
      ok: false,
      error: `The configuration is larger than ${formatSize(MAX_CONFIG_BYTES)}, the most a link carries. Download it as a file instead.`,
    };
  const packed = await encodeConfig(config);
  if (packed.length > MAX_SHARE_LINK_CHARS)
    return {
      ok: false,
      error: `Even packed, the configuration is larger than ${formatSize(MAX_SHARE_LINK_CHARS)}, the most a link carries. Download it as a file instead.`,
    };
  const url = new URL(pageUrl);
  url.search = '';
  url.hash = `${SHARE_PARAMETER}=${packed}`;
  return { ok: true, url: url.href };
}

/** Whether a URL fragment (`location.hash`, with or without `#`) carries a shared configuration. */
export function hasSharedConfig(hash: string): boolean {
  return fragmentParameters(hash).has(SHARE_PARAMETER);
}

/** The configuration a URL fragment carries, or why it cannot be read. */
export async function readSharedConfig(hash: string): Promise<SharedConfig> {
  const packed = fragmentParameters(hash).get(SHARE_PARAMETER);
  if (packed === null) return { kind: 'none' };
  if (packed.length > MAX_SHARE_LINK_CHARS)
    return {
      kind: 'error',
      error: `This link carries more than ${formatSize(MAX_SHARE_LINK_CHARS)} of packed configuration, the most a link may carry. Ask for the configuration as a file instead.`,
    };
  if (packed === '')
    return { kind: 'error', error: 'This link carries no configuration: it ends after “config=”.' };
  const decoded = await decodeConfig(packed);
  if (!decoded.ok)
    return {
      kind: 'error',
      error: `This link’s configuration cannot be opened: ${decoded.error}. The link may be cut short or changed; ask for it again.`,
    };
  return { kind: 'config', config: decoded.config };
}

/** The fragment without its shared configuration, e.g. to tidy the address bar once it is loaded. */
export function withoutSharedConfig(hash: string): string {
  const parameters = fragmentParameters(hash);
  parameters.delete(SHARE_PARAMETER);
  const rest = parameters.toString();
  return rest === '' ? '' : `#${rest}`;
}

function fragmentParameters(hash: string): URLSearchParams {
  return new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
}
