/**
 * Unary and binary operators (spec 4.8, 4.9, 4.11). Any unknown operand makes
 * the result unknown.
 */
import type { BinaryOperator, UnaryOperator } from '../ast';
import {
  bool,
  containsUnknown,
  float,
  int,
  optionalSecret,
  secret,
  string,
  toFloat64,
  toInt64,
  toUint64,
  typeName,
  uint,
  unknown,
  type NumberKind,
  type NumberValue,
  type Value,
} from '../value';
import { typeError, valueError } from './errors';
import { compareBytes } from './utf8';

export function unaryOp(operator: UnaryOperator, operand: Value): Value {
  if (operand.type === 'unknown') return unknown(operand.reason);
  if (operator === '!') {
    if (operand.type !== 'bool') throw typeError(operand, 'bool');
    return bool(!operand.value);
  }
  if (operand.type !== 'number') throw typeError(operand, 'number');
  return operand.kind === 'float' ? float(-operand.value) : int(-toInt64(operand));
}

const ALLOWED_TYPES: Readonly<Record<Exclude<BinaryOperator, '==' | '!='>, readonly string[]>> = {
  '||': ['bool'],
  '&&': ['bool'],
  '+': ['number', 'string', 'capsule'],
  '-': ['number'],
  '*': ['number'],
  '/': ['number'],
  '%': ['number'],
  '^': ['number'],
  '<': ['number', 'string'],
  '<=': ['number', 'string'],
  '>': ['number', 'string'],
  '>=': ['number', 'string'],
};

export function binaryOp(left: Value, operator: BinaryOperator, right: Value): Value {
  if (left.type === 'unknown') return left;
  if (right.type === 'unknown') return right;
  const [lhs, rhs] =
    left.type === 'capsule' || right.type === 'capsule' ? unwrapSecrets(left, right) : [left, right];

  if (operator === '==' || operator === '!=') {
    const equal = valuesEqual(lhs, rhs);
    if (equal === undefined) return unknown();
    return bool(operator === '==' ? equal : !equal);
  }

  const allowed = ALLOWED_TYPES[operator];
  for (const [operand, original] of [
    [lhs, left],
    [rhs, right],
  ] as const) {
    if (!allowed.includes(operand.type)) {
      throw valueError(
        original,
        `should be one of [${allowed.join(' ')}] for binop ${operator}, got ${typeName(operand)}`,
      );
    }
  }
  if (lhs.type !== rhs.type) throw typeError(rhs, typeName(lhs));

  switch (lhs.type) {
    case 'bool':
      return bool(
        operator === '||' ? lhs.value || (rhs as typeof lhs).value : lhs.value && (rhs as typeof lhs).value,
      );
    case 'string': {
      const other = (rhs as typeof lhs).value;
      if (operator === '+') return string(lhs.value + other);
      return bool(compare(compareBytes(lhs.value, other), operator));
    }
    case 'capsule':
      return addCapsules(lhs, rhs, left);
    case 'number':
      return numberOp(lhs, operator, rhs as NumberValue, right);
    default:
      throw new Error(`unreachable: binop on ${lhs.type}`);
  }
}

function compare(order: number, operator: BinaryOperator): boolean {
  switch (operator) {
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    default:
      return order >= 0;
  }
}

/** Secrets and optional secrets meet strings on common ground before an operator applies (spec 4.11). */
function unwrapSecrets(left: Value, right: Value): [Value, Value] {
  if (left.type === 'capsule' && left.kind === 'optionalSecret') {
    if (right.type === 'capsule' && right.kind === 'secret') return [secret(left.value), right];
    if (right.type === 'string') {
      return left.isSecret
        ? [left, optionalSecret(right.value, true)]
        : [string(left.value), string(right.value)];
    }
  } else if (left.type === 'capsule' && left.kind === 'secret') {
    if (right.type === 'capsule' && right.kind === 'optionalSecret') return [left, secret(right.value)];
    if (right.type === 'string') return [left, secret(right.value)];
  } else if (left.type === 'string' && right.type === 'capsule') {
    if (right.kind === 'optionalSecret') {
      return right.isSecret ? [optionalSecret(left.value, true), right] : [left, string(right.value)];
    }
    if (right.kind === 'secret') return [secret(left.value), right];
  }
  return [left, right];
}

function addCapsules(lhs: Value & { type: 'capsule' }, rhs: Value, originalLeft: Value): Value {
  if (lhs.kind === 'optionalSecret') {
    const other = rhs.type === 'capsule' && rhs.kind === 'optionalSecret' ? rhs : optionalSecret('', false);
    return optionalSecret(lhs.value + other.value, lhs.isSecret || other.isSecret);
  }
  if (lhs.kind === 'secret') {
    const other = rhs.type === 'capsule' && rhs.kind === 'secret' ? rhs.value : '';
    return secret(lhs.value + other);
  }
  throw valueError(originalLeft, 'could not perform binop + for unknown types lhs capsule rhs capsule');
}

const KIND_RANK: Readonly<Record<NumberKind, number>> = { uint: 0, int: 1, float: 2 };

/** The representation two numbers meet in: the wider of the two, with uint < int < float. */
function commonKind(a: NumberValue, b: NumberValue): NumberKind {
  return KIND_RANK[a.kind] > KIND_RANK[b.kind] ? a.kind : b.kind;
}

function isZero(value: NumberValue): boolean {
  return value.kind === 'float' ? value.value === 0 : value.value === 0n;
}

function numberOp(lhs: NumberValue, operator: BinaryOperator, rhs: NumberValue, originalRight: Value): Value {
  if ((operator === '/' || operator === '%') && isZero(rhs))
    throw valueError(originalRight, 'divide by zero error');
  const kind = commonKind(lhs, rhs);
  if (kind === 'float') {
    const a = toFloat64(lhs);
    const b = toFloat64(rhs);
    switch (operator) {
      case '+':
        return float(a + b);
      case '-':
        return float(a - b);
      case '*':
        return float(a * b);
      case '/':
        return float(a / b);
      case '%':
        return float(a % b);
      case '^':
        return float(goPow(a, b));
      default:
        return bool(compare(a < b ? -1 : a > b ? 1 : 0, operator));
    }
  }
  const toKind = kind === 'int' ? toInt64 : toUint64;
  const make = kind === 'int' ? int : uint;
  const a = toKind(lhs);
  const b = toKind(rhs);
  switch (operator) {
    case '+':
      return make(a + b);
    case '-':
      return make(a - b);
    case '*':
      return make(a * b);
    case '/':
      return make(a / b);
    case '%':
      return make(a % b);
    case '^':
      return make(integerPow(a, b));
    default:
      return bool(compare(a < b ? -1 : a > b ? 1 : 0, operator));
  }
}

/**
 * Alloy's integer power: repeated multiplication that wraps around in 64 bits
 * (computed by squaring, which wraps identically). A negative exponent leaves
 * the base unchanged.
 */
function integerPow(base: bigint, exponent: bigint): bigint {
  if (exponent === 0n || base === 1n) return 1n;
  if (base === 0n && exponent > 0n) return 0n;
  if (exponent < 1n) return base;
  let result = 1n;
  let factor = BigInt.asUintN(64, base);
  let remaining = exponent;
  while (remaining > 0n) {
    if (remaining & 1n) result = BigInt.asUintN(64, result * factor);
    factor = BigInt.asUintN(64, factor * factor);
    remaining >>= 1n;
  }
  return result;
}

/** Go's math.Pow, which differs from Math.pow for a base of ±1 with infinite or NaN exponents. */
function goPow(base: number, exponent: number): number {
  if (base === 1) return 1;
  if (base === -1 && !Number.isFinite(exponent) && !Number.isNaN(exponent)) return 1;
  return Math.pow(base, exponent);
}

/**
 * Equality as `==` sees it: never fails; numbers compare by value across
 * representations; functions are never equal. Undefined when an unknown is
 * involved.
 */
export function valuesEqual(a: Value, b: Value): boolean | undefined {
  if (containsUnknown(a) || containsUnknown(b)) return undefined;
  return equalKnown(a, b);
}

function equalKnown(a: Value, b: Value): boolean {
  switch (a.type) {
    case 'null':
      return b.type === 'null';
    case 'number': {
      if (b.type !== 'number') return false;
      const kind = commonKind(a, b);
      if (kind === 'float') return toFloat64(a) === toFloat64(b);
      return kind === 'int' ? toInt64(a) === toInt64(b) : toUint64(a) === toUint64(b);
    }
    case 'string':
    case 'bool':
      return b.type === a.type && b.value === a.value;
    case 'array':
      return (
        b.type === 'array' &&
        a.elements.length === b.elements.length &&
        a.elements.every((element, i) => equalKnown(element, b.elements[i] as Value))
      );
    case 'object': {
      if (b.type !== 'object' || a.fields.size !== b.fields.size) return false;
      for (const [key, field] of a.fields) {
        const other = b.fields.get(key);
        if (other === undefined || !equalKnown(field, other)) return false;
      }
      return true;
    }
    case 'function':
      return false;
    case 'capsule':
      if (b.type !== 'capsule' || a.kind !== b.kind) return false;
      if (a.kind === 'host') return a === b;
      if (a.kind === 'optionalSecret' && b.kind === 'optionalSecret')
        return a.value === b.value && a.isSecret === b.isSecret;
      return a.value === (b as typeof a).value;
    case 'unknown':
      return false;
  }
}
