/**
 * Go's RE2 regular expressions, run as JavaScript ones. The common syntax is
 * shared; the differences that matter in log and relabel configs are
 * translated: `(?P<name>…)` groups, leading flag groups such as `(?i)`, and
 * `\z`. Anything JavaScript cannot compile yields null, and callers report
 * it rather than guess. Replacement templates expand as Go's do.
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

/**
 * Go's `Regexp.Expand`: `$1`, `${1}`, `$name`, `${name}`, `$$`. A bare name
 * runs as far as letters, digits and underscores go, so `$1x` names the
 * group `1x` (empty).
 */
export function expand(template: string, match: RegExpExecArray): string {
  if (!template.includes('$')) return template;
  return template.replace(/\$(?:\$|\{(\w+)\}|(\w+))/g, (whole: string, braced?: string, bare?: string) => {
    if (whole === '$$') return '$';
    const name = braced ?? bare ?? '';
    if (/^\d+$/.test(name)) return match[Number(name)] ?? '';
    return match.groups?.[name] ?? '';
  });
}
