/**
 * Outcome checks: does the learner's pipeline deliver the data the lesson's
 * reference solution delivers? Both configurations run on the same seeded
 * demo environment for the same virtual time; a verification query then
 * runs against each, and the results are compared by what they contain —
 * the label sets of the streams or series, or the services and span names
 * of the matching traces — never by values or timing, so that any
 * configuration producing the right data passes, however it is written.
 */
import type { QueryResult } from '../sim';
import { formatLabels } from '../sim/store/labels';

/** Result keys are label sets written as the simulator's queries write them: `{a="1", b="2"}`. */
export { formatLabels };

export type OutcomeVerdict = {
  passed: boolean;
  /** What the reference's result holds, in words: `log lines in 1 stream`, `nothing`. */
  expected: string;
  /** What the learner's result holds, in words. */
  actual: string;
  /** The label sets (or span identities) the reference has and the learner's result lacks. */
  missing: string[];
  /** Those the learner's result has and the reference's lacks. */
  unexpected: string[];
  /** For the learner: what matches, or what is wrong. */
  message: string;
};

/** How many differing items a message names before it says "and N more". */
const NAMED_IN_MESSAGE = 2;

export function compareOutcome(reference: QueryResult, learner: QueryResult): OutcomeVerdict {
  const expected = describeResult(reference);
  const actual = describeResult(learner);
  const queryError = firstError(reference) ?? firstError(learner);
  if (queryError !== null)
    return {
      passed: false,
      expected,
      actual,
      missing: [],
      unexpected: [],
      message: `The query does not run: ${queryError}`,
    };

  const want = new Set(resultKeys(reference));
  const have = new Set(resultKeys(learner));
  const missing = [...want].filter((key) => !have.has(key));
  const unexpected = [...have].filter((key) => !want.has(key));
  const passed = missing.length === 0 && unexpected.length === 0;
  return {
    passed,
    expected,
    actual,
    missing,
    unexpected,
    message: verdictMessage(want, have, missing, unexpected),
  };
}

/**
 * What identifies each item of a result, as text: a stream's or a series'
 * label set (`{job="x", service="y"}`), a matching span's service and name,
 * `value` for a scalar. Sorted, without repeats.
 */
export function resultKeys(result: QueryResult): string[] {
  const keys = new Set<string>();
  switch (result.kind) {
    case 'streams':
    case 'matrix':
    case 'vector':
      for (const item of result.data) keys.add(formatLabels(item.labels));
      break;
    case 'scalar':
      if (result.data.length > 0) keys.add('value');
      break;
    case 'traces':
      for (const trace of result.data)
        for (const span of trace.matched)
          keys.add(formatLabels({ 'service.name': span.serviceName ?? '', name: span.name }));
      break;
  }
  return [...keys].sort();
}

/** A result's contents in words. */
export function describeResult(result: QueryResult): string {
  const count = resultKeys(result).length;
  if (count === 0) return 'nothing';
  switch (result.kind) {
    case 'streams':
      return `log lines in ${plural(count, 'stream')}`;
    case 'matrix':
    case 'vector':
      return count === 1 ? '1 series' : `${count} series`;
    case 'scalar':
      return 'a value';
    case 'traces':
      return count === 1 ? 'traces with spans of 1 kind' : `traces with spans of ${count} kinds`;
  }
}

function verdictMessage(
  want: ReadonlySet<string>,
  have: ReadonlySet<string>,
  missing: readonly string[],
  unexpected: readonly string[],
): string {
  if (missing.length === 0 && unexpected.length === 0)
    return want.size === 0
      ? 'Returns nothing, as the reference solution does.'
      : 'Returns the same data as the reference solution.';
  if (have.size === 0)
    return `Returns nothing yet; the reference solution's data includes ${named(missing)}.`;
  if (want.size === 0)
    return `Should return nothing, as the reference solution does, but returns ${named(unexpected)}.`;
  const parts: string[] = [];
  if (missing.length > 0) parts.push(`lacks ${named(missing)}`);
  if (unexpected.length > 0) parts.push(`has ${named(unexpected)}, which the reference solution does not`);
  return `The result ${parts.join(' and ')}.`;
}

function named(keys: readonly string[]): string {
  const shown = keys.slice(0, NAMED_IN_MESSAGE).map((key) => `\`${key}\``);
  const more = keys.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(' and ');
}

function firstError(result: QueryResult): string | null {
  return result.diagnostics.find((diagnostic) => diagnostic.severity === 'error')?.message ?? null;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
