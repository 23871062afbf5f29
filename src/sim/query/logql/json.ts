/**
 * Loki's JSON extraction for `| json`: without parameters every string,
 * number and boolean field becomes a label, nested objects flattened with
 * `_` between sanitized keys; arrays and nulls are skipped. With parameters
 * (`| json a="b.c[0]"`) each label takes the value at its path, objects and
 * arrays as JSON text. Numbers are written as JavaScript prints them (Loki
 * keeps their text as sent, so `1.50` stays `1.50` there).
 */
import type { JsonPathStep } from './ast';
import { sanitizeLabelName } from './label-names';

export type JsonParse = { ok: true; value: unknown } | { ok: false; error: string };

export function parseJsonLine(line: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(line) as unknown };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : 'invalid JSON' };
  }
}

/** Every field of a JSON object as sanitized, flattened label names. */
export function flattenJson(value: unknown, emit: (name: string, value: string) => void, prefix = ''): void {
  if (!isObject(value)) return;
  for (const [key, field] of Object.entries(value)) {
    const name = prefix === '' ? sanitizeLabelName(key, true) : `${prefix}_${sanitizeLabelName(key, false)}`;
    if (typeof field === 'string') emit(name, field);
    else if (typeof field === 'number' || typeof field === 'boolean') emit(name, String(field));
    else if (isObject(field)) flattenJson(field, emit, name);
  }
}

/** The value at a path as a label value; '' when absent. */
export function valueAtPath(value: unknown, path: readonly JsonPathStep[]): string {
  let current = value;
  for (const step of path) {
    if (typeof step === 'number') current = Array.isArray(current) ? current[step] : undefined;
    else current = isObject(current) ? current[step] : undefined;
    if (current === undefined) return '';
  }
  if (current === null) return '';
  if (typeof current === 'string') return current;
  if (typeof current === 'object') return JSON.stringify(current);
  return String(current);
}

/** Parses `a.b[0]["c d"]` into path steps; null when malformed. */
export function parseJsonPath(expression: string): JsonPathStep[] | null {
  const steps: JsonPathStep[] = [];
  const token = /\.?([A-Za-z_$][\w$-]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/y;
  token.lastIndex = 0;
  while (token.lastIndex < expression.length) {
    const at = token.lastIndex;
    const match = token.exec(expression);
    if (!match || match.index !== at || (at === 0 && match[0].startsWith('.'))) return null;
    if (match[1] !== undefined) steps.push(match[1]);
    else if (match[2] !== undefined) steps.push(Number(match[2]));
    else steps.push((match[3] ?? '').replace(/\\(.)/g, '$1'));
  }
  return steps.length > 0 ? steps : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
