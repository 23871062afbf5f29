/**
 * Comparing a learner's value with the value a check asks for, the way Alloy
 * would see them once decoded into the argument's type: `"2s"` equals
 * `"2000ms"` for a duration, `"3100"` equals `3100` for a number, object
 * keys have no order, list elements do.
 */
import type { ValueType } from '../catalog';
import { parseDuration } from '../syntax/eval/duration';
import type { Json } from '../lessons';
import { isPlainObject, UNKNOWN, type Plain } from './plain';

/** Equal, not equal, or impossible to tell (the value is only known at run time). */
export type Verdict = boolean | 'unknown';

export function sameValue(expected: Json, actual: Plain, type: ValueType | null): Verdict {
  if (actual === UNKNOWN) return 'unknown';
  switch (type?.kind) {
    case 'duration': {
      const want = textOf(expected);
      const have = textOf(actual);
      if (want === null || have === null) return false;
      const wantNs = parseDuration(want);
      const haveNs = parseDuration(have);
      return typeof wantNs === 'bigint' && typeof haveNs === 'bigint' ? wantNs === haveNs : want === have;
    }
    case 'number': {
      const want = numberOf(expected);
      return want !== null && want === numberOf(actual);
    }
    case 'string':
    case 'size':
    case 'secret':
    case 'optionalSecret': {
      const want = textOf(expected);
      return want !== null && want === textOf(actual);
    }
    case 'bool':
      return expected === actual;
    case 'list':
      return sameList(expected, actual, type.element);
    case 'map':
      return sameObject(expected, actual, () => type.value);
    default:
      return sameUntyped(expected, actual);
  }
}

/**
 * Whether every expected item matches some element of the candidates; an
 * expected object matches an element that has at least its fields.
 * Returns the items that matched nothing.
 */
export type Candidate = { value: Plain; type: ValueType | null };

export function missingItems(
  expected: readonly Json[],
  candidates: readonly Candidate[],
): Json[] | 'unknown' {
  const missing: Json[] = [];
  let unsure = false;
  for (const item of expected) {
    let found = false;
    for (const candidate of candidates) {
      const verdict =
        isPlainObject(candidate.value) && isJsonObject(item)
          ? containsFields(item, candidate.value, candidate.type)
          : sameValue(item, candidate.value, candidate.type);
      if (verdict === true) found = true;
      if (verdict === 'unknown') unsure = true;
    }
    if (!found) missing.push(item);
  }
  return missing.length > 0 && unsure ? 'unknown' : missing;
}

function containsFields(expected: { [key: string]: Json }, actual: Plain, type: ValueType | null): Verdict {
  if (!isPlainObject(actual)) return actual === UNKNOWN ? 'unknown' : false;
  let verdict: Verdict = true;
  for (const [key, value] of Object.entries(expected)) {
    if (!(key in actual)) return false;
    const fieldType = type?.kind === 'map' ? type.value : null;
    const field = sameValue(value, actual[key] as Plain, fieldType);
    if (field === false) return false;
    if (field === 'unknown') verdict = 'unknown';
  }
  return verdict;
}

function sameList(expected: Json, actual: Plain, element: ValueType): Verdict {
  if (!Array.isArray(expected) || !Array.isArray(actual)) return false;
  if (expected.length !== actual.length) return false;
  return all(
    expected.map((item, index) => sameValue(item, (actual as readonly Plain[])[index] as Plain, element)),
  );
}

function sameObject(expected: Json, actual: Plain, fieldType: (key: string) => ValueType | null): Verdict {
  if (!isJsonObject(expected) || !isPlainObject(actual)) return false;
  const keys = Object.keys(expected);
  if (keys.length !== Object.keys(actual).length) return false;
  return all(
    keys.map((key) =>
      key in actual ? sameValue(expected[key] as Json, actual[key] as Plain, fieldType(key)) : false,
    ),
  );
}

function sameUntyped(expected: Json, actual: Plain): Verdict {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false;
    return all(
      expected.map((item, index) => sameUntyped(item, (actual as readonly Plain[])[index] as Plain)),
    );
  }
  if (isJsonObject(expected)) return sameObject(expected, actual, () => null);
  if (actual === UNKNOWN) return 'unknown';
  return expected === actual;
}

function all(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes(false)) return false;
  return verdicts.includes('unknown') ? 'unknown' : true;
}

function isJsonObject(value: Json): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text as Alloy converts it into a string argument: numbers become their decimal text. */
function textOf(value: Json | Plain): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return null;
}

/** A number as Alloy converts it into a number argument: strings of digits convert. */
function numberOf(value: Json | Plain): number | null {
  if (typeof value === 'number') return value;
  if (
    typeof value === 'string' &&
    /^-?\d+(\.\d*)?([eE][+-]?\d+)?$/.test(value.trim()) &&
    value.trim() === value
  ) {
    return Number(value);
  }
  return null;
}
