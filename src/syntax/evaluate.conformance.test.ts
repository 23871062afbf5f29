/**
 * The evaluator against Alloy's conformance vectors (`eval`, `stdlib` and
 * `bodyToObject` in test/fixtures/conformance/alloy-syntax/vectors.json):
 * values with their number kinds, the printed Alloy text, and errors with
 * their messages and positions.
 */
import { describe, expect, it } from 'vitest';
import { alloyEnd, alloyPosition, loadVectors } from '../../test/conformance/vectors';
import type { Diagnostic } from './diagnostic';
import { evaluate, evaluateBody } from './evaluate';
import type { Target } from './eval/convert';
import { printValue } from './eval/print-value';
import type { Constants, Environment, Scope } from './eval/scope';
import { parse } from './parser';
import { array, bool, float, int, object, optionalSecret, secret, string, NULL, type Value } from './value';

type EvalVector = {
  id: string;
  expr: string;
  scope?: string;
  as?: string;
  type?: string;
  numberKind?: string;
  value?: unknown;
  alloy?: string;
  error?: string;
  errorMessage?: string;
  errorPos?: string;
  errorEnd?: string;
  panic?: string;
  unorderedResult?: boolean;
};

type BodyVector = {
  id: string;
  input: string;
  value?: unknown;
  alloy?: string;
  errors?: { message: string; pos?: string; end?: string }[];
};

const vectors = loadVectors();
const meta = vectors.meta as {
  scopes: Record<string, Record<string, unknown>>;
  environment: Record<string, string | null>;
  constants: Record<string, string>;
};

/** A scope value written in the vectors' JSON notation. */
function fromJson(json: unknown): Value {
  if (json === null) return NULL;
  if (typeof json === 'number') return Number.isInteger(json) ? int(BigInt(json)) : float(json);
  if (typeof json === 'string') return string(json);
  if (typeof json === 'boolean') return bool(json);
  if (Array.isArray(json)) return array(json.map(fromJson));
  const record = json as Record<string, unknown>;
  if ('$secret' in record) return secret(String(record.$secret));
  if ('$optionalSecret' in record) {
    const inner = record.$optionalSecret as { value: string; isSecret: boolean };
    return optionalSecret(inner.value, inner.isSecret);
  }
  return object(new Map(Object.entries(record).map(([key, field]) => [key, fromJson(field)])));
}

/** A byte that is not UTF-8 (held as a lone surrogate); the vectors' JSON shows it as U+FFFD. */
const LONE_SURROGATE = /(?<![\ud800-\udbff])[\udc00-\udfff]|[\ud800-\udbff](?![\udc00-\udfff])/g;

/** A value in the vectors' JSON notation (meta.valueEncoding). */
function toJson(value: Value): unknown {
  switch (value.type) {
    case 'null':
      return null;
    case 'number':
      if (value.kind !== 'float') return Number(value.value);
      if (Number.isNaN(value.value)) return { $float: 'NaN' };
      if (!Number.isFinite(value.value)) return { $float: value.value > 0 ? '+Inf' : '-Inf' };
      return value.value === 0 ? 0 : value.value;
    case 'string':
      return value.value.replace(LONE_SURROGATE, '\ufffd');
    case 'bool':
      return value.value;
    case 'array':
      return value.elements.map(toJson);
    case 'object':
      return Object.fromEntries([...value.fields].map(([key, field]) => [key, toJson(field)]));
    case 'function':
      return { $function: 'function' };
    case 'capsule':
      if (value.kind === 'secret') return { $secret: value.value };
      if (value.kind === 'optionalSecret')
        return { $optionalSecret: { isSecret: value.isSecret, value: value.value } };
      return { $capsule: `capsule(${JSON.stringify(value.hostType)})` };
    case 'unknown':
      return { $unknown: true };
  }
}

const TARGETS: Readonly<Record<string, Target>> = {
  string: { kind: 'string' },
  int: { kind: 'number', numberKind: 'int' },
  int64: { kind: 'number', numberKind: 'int' },
  uint64: { kind: 'number', numberKind: 'uint' },
  float64: { kind: 'number', numberKind: 'float' },
  bool: { kind: 'bool' },
  any: { kind: 'any' },
  '[]string': { kind: 'list', element: { kind: 'string' } },
  '[]int': { kind: 'list', element: { kind: 'number', numberKind: 'int' } },
  'map[string]string': { kind: 'map', element: { kind: 'string' } },
  'map[string]any': { kind: 'map', element: { kind: 'any' } },
  secret: { kind: 'secret' },
  optionalSecret: { kind: 'optionalSecret' },
};

const environment: Environment = Object.fromEntries(
  Object.entries(meta.environment).filter(([name]) => name !== 'note'),
);
const constants: Partial<Constants> = Object.fromEntries(
  Object.entries(meta.constants).filter(([name]) => name !== 'note'),
);

function scopeFor(name: string | undefined): Scope {
  const variables =
    name === undefined
      ? {}
      : Object.fromEntries(
          Object.entries(meta.scopes[name] ?? {}).map(([key, json]) => [key, fromJson(json)]),
        );
  return { variables, environment, constants };
}

/** Splits Alloy's error string into its position and message. */
function parseErrorString(error: string): { message: string; pos?: string } {
  const positioned = /^(\d+:\d+): ([\s\S]*)$/.exec(error);
  if (positioned) return { pos: positioned[1], message: positioned[2] as string };
  if (error.startsWith('-: ')) return { message: error.slice(3) };
  return { message: error };
}

function firstError(diagnostics: readonly Diagnostic[]): Diagnostic | undefined {
  return diagnostics.find((d) => d.severity === 'error');
}

/** JSON text with object keys sorted, to compare values whose key order does not matter. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const sortedJson = (values: unknown[]) => values.map(canonicalJson).sort();

function checkEvalVector(vector: EvalVector): void {
  const target = vector.as === undefined ? undefined : TARGETS[vector.as];
  if (vector.as !== undefined) expect(target, `as target ${vector.as}`).toBeDefined();
  const result = evaluate(vector.expr, scopeFor(vector.scope), { target });
  const error = firstError(result.diagnostics);

  if (vector.panic !== undefined) {
    expect(error, 'the reference crashes here; an error is expected').toBeDefined();
    return;
  }
  if (vector.error !== undefined) {
    const expected =
      vector.errorMessage !== undefined
        ? { message: vector.errorMessage, pos: vector.errorPos }
        : parseErrorString(vector.error);
    expect(error?.message).toBe(expected.message);
    if (expected.pos !== undefined && error)
      expect(alloyPosition(vector.expr, error.range.start)).toBe(expected.pos);
    if (vector.errorEnd !== undefined && error)
      expect(alloyEnd(vector.expr, error.range)).toBe(vector.errorEnd);
    return;
  }

  expect(error?.message).toBeUndefined();
  expect(result.value.type).toBe(vector.type);
  if (vector.numberKind !== undefined && result.value.type === 'number') {
    expect(result.value.kind).toBe(vector.numberKind);
  }
  const actual = toJson(result.value);
  if (vector.unorderedResult && Array.isArray(actual) && Array.isArray(vector.value)) {
    expect(sortedJson(actual)).toEqual(sortedJson(vector.value));
  } else {
    expect(actual).toEqual(vector.value);
    expect(printValue(result.value)).toBe(vector.alloy);
  }
}

describe('evaluator conformance: eval', () => {
  const cases = vectors.eval as EvalVector[];
  it.each(cases.map((v) => [v.id, v.expr, v] as const))('%s %s', (_id, _expr, vector) =>
    checkEvalVector(vector),
  );
});

describe('evaluator conformance: stdlib', () => {
  const cases = vectors.stdlib as EvalVector[];
  it.each(cases.map((v) => [v.id, v.expr, v] as const))('%s %s', (_id, _expr, vector) =>
    checkEvalVector(vector),
  );
});

describe('evaluator conformance: bodyToObject', () => {
  const cases = vectors.bodyToObject as BodyVector[];
  it.each(cases.map((v) => [v.id, v] as const))('%s', (_id, vector) => {
    const { ast, diagnostics, lines } = parse(vector.input);
    expect(diagnostics).toEqual([]);
    const result = evaluateBody(ast.body, { environment, constants }, lines);
    const error = firstError(result.diagnostics);
    if (vector.errors) {
      const expected = vector.errors[0];
      expect(error?.message).toBe(expected?.message);
      if (expected?.pos !== undefined && error)
        expect(alloyPosition(vector.input, error.range.start)).toBe(expected.pos);
      if (expected?.end !== undefined && error)
        expect(alloyEnd(vector.input, error.range)).toBe(expected.end);
      return;
    }
    expect(error?.message).toBeUndefined();
    expect(toJson(result.value)).toEqual(vector.value);
    expect(printValue(result.value)).toBe(vector.alloy);
  });
});
