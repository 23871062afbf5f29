/**
 * Label sets as store keys, and the label matchers every selector is made
 * of (`=`, `!=`, `=~`, `!~`), with Prometheus's rules: a missing label
 * reads as the empty string, and regular expressions match the whole value.
 */
import type { Labels } from '../model';
import { goRegexp } from '../formats/go-regexp';

export type MatchOp = '=' | '!=' | '=~' | '!~';

export type LabelMatcher = {
  readonly name: string;
  readonly op: MatchOp;
  readonly value: string;
  /** Whether a label value (`''` for a missing label) satisfies the matcher. */
  matches(value: string): boolean;
};

export type MatcherResult = { ok: true; matcher: LabelMatcher } | { ok: false; error: string };

/** Builds a matcher; a regular expression that does not compile is an error. */
export function labelMatcher(name: string, op: MatchOp, value: string): MatcherResult {
  if (op === '=' || op === '!=') {
    const equal = op === '=';
    return {
      ok: true,
      matcher: { name, op, value, matches: (candidate) => (candidate === value) === equal },
    };
  }
  const regexp = goRegexp(value, { anchored: true });
  if (!regexp) return { ok: false, error: `invalid regular expression ${JSON.stringify(value)}` };
  const positive = op === '=~';
  return {
    ok: true,
    matcher: { name, op, value, matches: (candidate) => regexp.test(candidate) === positive },
  };
}

/** Whether a label set satisfies every matcher. */
export function matchesAll(labels: Labels, matchers: readonly LabelMatcher[]): boolean {
  return matchers.every((matcher) => matcher.matches(labels[matcher.name] ?? ''));
}

/**
 * A canonical key for a label set: names sorted, empty values dropped (an
 * empty label is no label, as in Prometheus and Loki).
 */
export function labelsKey(labels: Labels): string {
  let key = '';
  for (const name of Object.keys(labels).sort()) {
    const value = labels[name];
    if (value) key += `${name}\u0000${value}\u0001`;
  }
  return key;
}

/** The label set without empty values, with names in sorted order. */
export function normalizeLabels(labels: Labels): Labels {
  const result: Record<string, string> = {};
  for (const name of Object.keys(labels).sort()) {
    const value = labels[name];
    if (value !== undefined && value !== '') result[name] = value;
  }
  return result;
}

/** Prometheus's text form: `{a="1", b="2"}`. */
export function formatLabels(labels: Labels): string {
  const parts = Object.keys(labels)
    .sort()
    .map((name) => `${name}=${JSON.stringify(labels[name])}`);
  return `{${parts.join(', ')}}`;
}
