/**
 * Binary operators between scalars and instant vectors, with PromQL's
 * vector matching (shared by LogQL metric queries):
 *
 * - arithmetic `+ - * / % ^` drops `__name__` from vector results;
 * - comparisons `== != > < >= <=` filter, or yield 0/1 with `bool`;
 * - `and`, `or`, `unless` combine label sets;
 * - vector–vector matching on all labels but `__name__`, or `on(...)` /
 *   `ignoring(...)`, one-to-one unless `group_left` / `group_right`.
 */
import type { Labels } from '../../model';
import type { InstantSample } from './instant-vector';
import { METRIC_NAME, dropMetricName, keepLabels, signature, withoutLabels } from './instant-vector';

export type ArithmeticOp = '+' | '-' | '*' | '/' | '%' | '^';
export type ComparisonOp = '==' | '!=' | '>' | '<' | '>=' | '<=';
export type SetOp = 'and' | 'or' | 'unless';
export type BinaryOp = ArithmeticOp | ComparisonOp | SetOp;

export type VectorMatching = {
  /** `on(...)` when true, `ignoring(...)` (or nothing) when false. */
  on: boolean;
  labels: readonly string[];
  /** Which side may have many series per match group. */
  group: 'none' | 'left' | 'right';
  /** Labels copied from the "one" side (`group_left(...)`). */
  include: readonly string[];
};

export const DEFAULT_MATCHING: VectorMatching = { on: false, labels: [], group: 'none', include: [] };

/** The operators by the names the Lezer grammars of PromQL and LogQL give their tokens. */
export const BINARY_OP_NODES: Readonly<Record<string, BinaryOp>> = {
  Add: '+',
  Sub: '-',
  Mul: '*',
  Div: '/',
  Mod: '%',
  Pow: '^',
  Eql: '==',
  Neq: '!=',
  Gtr: '>',
  Lss: '<',
  Gte: '>=',
  Lte: '<=',
  And: 'and',
  Or: 'or',
  Unless: 'unless',
};

export type BinaryResult = { ok: true; samples: InstantSample[] } | { ok: false; error: string };

export function isComparison(op: BinaryOp): op is ComparisonOp {
  return op === '==' || op === '!=' || op === '>' || op === '<' || op === '>=' || op === '<=';
}

export function isSetOp(op: BinaryOp): op is SetOp {
  return op === 'and' || op === 'or' || op === 'unless';
}

export function arithmetic(op: ArithmeticOp, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '%':
      return a % b;
    case '^':
      return a ** b;
  }
}

/** A comparison of two numbers, or of two strings or booleans (TraceQL compares those too). */
export function compare<T extends number | string | boolean>(op: ComparisonOp, a: T, b: T): boolean {
  switch (op) {
    case '==':
      return a === b;
    case '!=':
      return a !== b;
    case '>':
      return a > b;
    case '<':
      return a < b;
    case '>=':
      return a >= b;
    case '<=':
      return a <= b;
  }
}

/** Scalar op scalar; comparisons need `bool` and yield 0 or 1. */
export function scalarBinary(op: ArithmeticOp | ComparisonOp, a: number, b: number): number {
  return isComparison(op) ? Number(compare(op, a, b)) : arithmetic(op, a, b);
}

/**
 * Vector op scalar (or scalar op vector when `scalarLeft`). A comparison
 * keeps the vector's value, whichever side it is on.
 */
export function vectorScalarBinary(
  op: ArithmeticOp | ComparisonOp,
  vector: readonly InstantSample[],
  scalar: number,
  scalarLeft: boolean,
  returnBool: boolean,
): InstantSample[] {
  const result: InstantSample[] = [];
  for (const sample of vector) {
    const [a, b] = scalarLeft ? [scalar, sample.value] : [sample.value, scalar];
    if (!isComparison(op)) {
      result.push({ labels: dropMetricName(sample.labels), value: arithmetic(op, a, b) });
    } else if (returnBool) {
      result.push({ labels: dropMetricName(sample.labels), value: Number(compare(op, a, b)) });
    } else if (compare(op, a, b)) {
      result.push(sample);
    }
  }
  return result;
}

export function vectorBinary(
  op: BinaryOp,
  left: readonly InstantSample[],
  right: readonly InstantSample[],
  matching: VectorMatching,
  returnBool: boolean,
): BinaryResult {
  const key = (labels: Labels) => matchKey(labels, matching);
  if (isSetOp(op)) return { ok: true, samples: setBinary(op, left, right, key) };

  // Arrange so that `many` is the side that may repeat a match group.
  const swapped = matching.group === 'right';
  const [many, one] = swapped ? [right, left] : [left, right];
  const oneByKey = new Map<string, InstantSample>();
  for (const sample of one) {
    const k = key(sample.labels);
    if (oneByKey.has(k))
      return {
        ok: false,
        error: `found duplicate series for the match group ${formatGroup(sample.labels, matching)} on the ${swapped ? 'left' : 'right'} hand-side of the operation; many-to-many matching not allowed: matching labels must be unique on one side`,
      };
    oneByKey.set(k, sample);
  }

  const result: InstantSample[] = [];
  const matchedOnce = new Set<string>();
  for (const sample of many) {
    const k = key(sample.labels);
    const partner = oneByKey.get(k);
    if (!partner) continue;
    if (matching.group === 'none') {
      if (matchedOnce.has(k))
        return {
          ok: false,
          error: `multiple matches for labels ${formatGroup(sample.labels, matching)}: many-to-one matching must be explicit (group_left/group_right)`,
        };
      matchedOnce.add(k);
    }
    const [l, r] = swapped ? [partner, sample] : [sample, partner];
    let value: number;
    if (isComparison(op)) {
      const holds = compare(op, l.value, r.value);
      if (!returnBool && !holds) continue;
      value = returnBool ? Number(holds) : l.value;
    } else {
      value = arithmetic(op, l.value, r.value);
    }
    const dropName = !isComparison(op) || returnBool;
    result.push({ labels: resultLabels(sample.labels, partner.labels, matching, dropName), value });
  }
  return { ok: true, samples: result };
}

function setBinary(
  op: SetOp,
  left: readonly InstantSample[],
  right: readonly InstantSample[],
  key: (labels: Labels) => string,
): InstantSample[] {
  const rightKeys = new Set(right.map((sample) => key(sample.labels)));
  if (op === 'and') return left.filter((sample) => rightKeys.has(key(sample.labels)));
  if (op === 'unless') return left.filter((sample) => !rightKeys.has(key(sample.labels)));
  const leftKeys = new Set(left.map((sample) => key(sample.labels)));
  return [...left, ...right.filter((sample) => !leftKeys.has(key(sample.labels)))];
}

function matchKey(labels: Labels, matching: VectorMatching): string {
  return signature(
    matching.on
      ? keepLabels(labels, matching.labels)
      : withoutLabels(labels, [...matching.labels, METRIC_NAME]),
  );
}

/** Prometheus's result labels: from the "many" side, narrowed and extended. */
function resultLabels(many: Labels, one: Labels, matching: VectorMatching, dropName: boolean): Labels {
  let labels = dropName ? dropMetricName(many) : many;
  if (matching.group === 'none') {
    labels = matching.on ? keepLabels(labels, matching.labels) : withoutLabels(labels, matching.labels);
  }
  if (matching.include.length === 0) return labels;
  const extended: Record<string, string> = { ...labels };
  for (const name of matching.include) {
    const value = one[name];
    if (value !== undefined && value !== '') extended[name] = value;
    else delete extended[name];
  }
  return extended;
}

function formatGroup(labels: Labels, matching: VectorMatching): string {
  const group = matching.on
    ? keepLabels(labels, matching.labels)
    : withoutLabels(labels, [...matching.labels, METRIC_NAME]);
  return `{${Object.keys(group)
    .sort()
    .map((name) => `${name}=${JSON.stringify(group[name])}`)
    .join(', ')}}`;
}
