/**
 * Go's RE2 regular expressions, run as JavaScript ones. The common syntax is
 * shared; the differences that matter in log and relabel configs are
 * translated: `(?P<name>…)` groups, leading flag groups such as `(?i)`, and
 * `\z`. Anything JavaScript cannot compile yields null, and callers treat
 * the outcome as unknown rather than guess.
 */

const cache = new Map<string, RegExp | null>();

export type GoRegexpOptions = {
  /** Match the whole input, as Prometheus relabelling and LogQL label matchers do. */
  anchored?: boolean;
  /** Find every match (`matchAll`), with the offsets of each capture group. */
  all?: boolean;
};

export function goRegexp(
  pattern: string,
  { anchored = false, all = false }: GoRegexpOptions = {},
): RegExp | null {
  const key = `${anchored ? 'a' : ''}${all ? 'g' : ''}:${pattern}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;

  let flags = all ? 'gd' : '';
  let body = pattern;
  const leading = /^\(\?([imsU]+)\)/.exec(body);
  if (leading) {
    const given = leading[1] ?? '';
    if (given.includes('U')) return remember(key, null);
    for (const flag of given) if (!flags.includes(flag)) flags += flag;
    body = body.slice(leading[0].length);
  }
  body = body.replace(/\(\?P</g, '(?<').replace(/\\z/g, '$');
  if (anchored) body = `^(?:${body})$`;

  let compiled: RegExp | null;
  try {
    compiled = new RegExp(body, flags);
  } catch {
    compiled = null;
  }
  return remember(key, compiled);
}

function remember(key: string, value: RegExp | null): RegExp | null {
  if (cache.size > 500) cache.clear();
  cache.set(key, value);
  return value;
}

/** Escapes text to match itself, like Go's `regexp.QuoteMeta`. */
export function quoteMeta(text: string): string {
  return text.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}
