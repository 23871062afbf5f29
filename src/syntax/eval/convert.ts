/**
 * Conversions on assignment (spec 4.10): how a value decodes into a place
 * with a declared type — a component argument, a function parameter. The
 * result is the value as the host would see it (e.g. `"12"` becomes the
 * number 12 for a number target); anything that does not fit fails with the
 * message Alloy gives. Unknowns stay unknown.
 */
import {
  NULL,
  array,
  float,
  int,
  object,
  optionalSecret,
  secret,
  string,
  toFloat64,
  toInt64,
  toUint64,
  typeName,
  uint,
  type NumberKind,
  type NumberValue,
  type Value,
} from '../value';
import { EvaluationError, typeError, valueError, type Cause } from './errors';
import { formatDuration, parseDuration } from './duration';
import { formatFloatPlain } from './float-format';
import { decodeUtf8 } from './utf8';

export type Target =
  | { kind: 'any' }
  | { kind: 'string' }
  /** A number; `numberKind` converts to that representation (like a Go int64, uint64 or float64 field). */
  | { kind: 'number'; numberKind?: NumberKind }
  | { kind: 'bool' }
  /** A Go duration written as a string (`"1h30m"`); the result is the normalised text (`"1h30m0s"`). */
  | { kind: 'duration' }
  | { kind: 'secret' }
  | { kind: 'optionalSecret' }
  | { kind: 'list'; element: Target }
  | { kind: 'map'; element: Target }
  /** Some other host value (e.g. `otelcol.Consumer`); only capsules of that host type fit. */
  | { kind: 'capsule'; hostType: string };

/** Host type names of the built-in capsules, as Alloy names them in messages. */
const SECRET_HOST_TYPE = 'alloytypes.Secret';
const OPTIONAL_SECRET_HOST_TYPE = 'alloytypes.OptionalSecret';

/** Converts a value for a target, throwing `EvaluationError` when it does not fit. */
export function convert(value: Value, target: Target): Value {
  if (value.type === 'unknown') return value;
  if (value.type === 'null') return zeroValue(target);
  switch (target.kind) {
    case 'any':
      return toHostAny(value);
    case 'string':
      return toStringValue(value);
    case 'number':
      return toNumber(value, target.numberKind);
    case 'bool':
      if (value.type !== 'bool') throw typeError(value, 'bool');
      return value;
    case 'duration':
      return toDuration(value);
    case 'secret':
      return toSecret(value);
    case 'optionalSecret':
      return toOptionalSecret(value);
    case 'list':
      return toList(value, target.element);
    case 'map':
      return toMap(value, target.element);
    case 'capsule':
      return toHostCapsule(value, target.hostType);
  }
}

function zeroValue(target: Target): Value {
  switch (target.kind) {
    case 'string':
      return string('');
    case 'number':
      return target.numberKind === 'float' ? float(0) : target.numberKind === 'uint' ? uint(0n) : int(0n);
    case 'bool':
      return { type: 'bool', value: false };
    case 'duration':
      return string('0s');
    case 'secret':
      return secret('');
    case 'optionalSecret':
      return optionalSecret('', false);
    case 'list':
      return array([]);
    case 'map':
      return object(new Map());
    default:
      return NULL;
  }
}

/** Number to text the way Alloy converts it: integers in decimal, floats without exponent. */
export function numberText(value: NumberValue): string {
  return value.kind === 'float' ? formatFloatPlain(value.value) : value.value.toString();
}

function toStringValue(value: Value): Value {
  switch (value.type) {
    case 'string':
      return value;
    case 'number':
      return string(numberText(value));
    case 'array':
      if (value.bytes)
        return string(decodeUtf8(value.elements.map((e) => (e.type === 'number' ? Number(toUint64(e)) : 0))));
      break;
    case 'capsule':
      if (value.kind === 'secret' || (value.kind === 'optionalSecret' && value.isSecret)) {
        throw valueError(value, 'secrets may not be converted into strings');
      }
      if (value.kind === 'optionalSecret') return string(value.value);
      break;
  }
  throw typeError(value, 'string');
}

/** Text to number (spec 4.10): `-` means a signed integer, `.eE` a float, otherwise an unsigned integer. */
function parseNumberText(text: string): NumberValue | undefined {
  if (text === '') return undefined;
  if (text.startsWith('-')) {
    if (!/^-[0-9]+$/.test(text)) return undefined;
    const parsed = BigInt(text);
    return parsed >= -(1n << 63n) ? int(parsed) : undefined;
  }
  if (/[.eE]/.test(text)) {
    if (!/^\+?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/.test(text)) return undefined;
    const parsed = Number(text);
    return Number.isFinite(parsed) ? float(parsed) : undefined;
  }
  if (!/^[0-9]+$/.test(text)) return undefined;
  const parsed = BigInt(text);
  return parsed < 1n << 64n ? uint(parsed) : undefined;
}

function toNumber(value: Value, kind: NumberKind | undefined): Value {
  let number: NumberValue | undefined;
  if (value.type === 'number') number = value;
  else if (value.type === 'string') number = parseNumberText(value.value);
  else if (value.type === 'capsule' && value.kind === 'optionalSecret' && !value.isSecret) {
    number = parseNumberText(value.value);
  }
  if (number === undefined) throw typeError(value, 'number');
  switch (kind) {
    case 'int':
      return int(toInt64(number));
    case 'uint':
      return uint(toUint64(number));
    case 'float':
      return float(toFloat64(number));
    default:
      return number;
  }
}

function toDuration(value: Value): Value {
  const text = toStringValue(value);
  if (text.type !== 'string') return text;
  const parsed = parseDuration(text.value);
  if (typeof parsed === 'string') throw valueError(value, parsed);
  return string(formatDuration(parsed));
}

function capsuleHostType(value: Value): string {
  if (value.type !== 'capsule') return typeName(value);
  const host =
    value.kind === 'secret'
      ? SECRET_HOST_TYPE
      : value.kind === 'optionalSecret'
        ? OPTIONAL_SECRET_HOST_TYPE
        : value.hostType;
  return `capsule(${JSON.stringify(host)})`;
}

function toSecret(value: Value): Value {
  if (value.type === 'string') return secret(value.value);
  if (value.type === 'capsule') {
    if (value.kind === 'secret') return value;
    if (value.kind === 'optionalSecret') return secret(value.value);
    throw valueError(
      value,
      `expected capsule(${JSON.stringify(SECRET_HOST_TYPE)}), got ${capsuleHostType(value)}`,
    );
  }
  throw typeError(value, 'capsule');
}

function toOptionalSecret(value: Value): Value {
  if (value.type === 'string') return optionalSecret(value.value, false);
  if (value.type === 'capsule') {
    if (value.kind === 'optionalSecret') return value;
    if (value.kind === 'secret') return optionalSecret(value.value, true);
    throw valueError(
      value,
      `expected capsule(${JSON.stringify(OPTIONAL_SECRET_HOST_TYPE)}), got ${capsuleHostType(value)}`,
    );
  }
  throw typeError(value, 'capsule');
}

function toHostCapsule(value: Value, hostType: string): Value {
  if (value.type !== 'capsule') throw typeError(value, 'capsule');
  if (value.kind === 'host' && value.hostType === hostType) return value;
  throw valueError(value, `expected capsule(${JSON.stringify(hostType)}), got ${capsuleHostType(value)}`);
}

/** Converts each part, attaching any failure to the part (`[i]` or `.key`) so the message can point at it. */
function convertPart(value: Value, target: Target, wrap: (inner: Cause) => Cause): Value {
  try {
    return convert(value, target);
  } catch (error) {
    if (error instanceof EvaluationError) throw new EvaluationError(wrap(error.chain));
    throw error;
  }
}

function toList(value: Value, element: Target): Value {
  if (value.type !== 'array') throw typeError(value, 'array');
  return array(
    value.elements.map((e, index) =>
      convertPart(e, element, (inner) => ({ kind: 'element', value, index, inner })),
    ),
  );
}

function objectFields(value: Value): ReadonlyMap<string, Value> | undefined {
  if (value.type === 'object') return value.fields;
  if (value.type === 'capsule' && value.kind === 'host') return value.object?.fields;
  return undefined;
}

function toMap(value: Value, element: Target): Value {
  const fields = objectFields(value);
  if (!fields) throw typeError(value, 'object');
  const converted = new Map<string, Value>();
  for (const [field, fieldValue] of fields) {
    converted.set(
      field,
      convertPart(fieldValue, element, (inner) => ({ kind: 'field', value, field, inner })),
    );
  }
  return object(converted);
}

/**
 * The value as a host `any` sees it: integers that fit become plain ints,
 * arrays and objects are rebuilt (objects lose any host field order), byte
 * arrays become ordinary arrays; functions and capsules pass through.
 */
export function toHostAny(value: Value): Value {
  switch (value.type) {
    case 'number':
      return value.kind === 'uint' && value.value < 1n << 63n ? int(value.value) : value;
    case 'array':
      return array(value.elements.map(toHostAny));
    case 'object':
      return object(new Map([...value.fields].map(([key, field]) => [key, toHostAny(field)])));
    default:
      return value;
  }
}

const NAMED_TARGETS: Readonly<Record<string, Target>> = {
  any: { kind: 'any' },
  string: { kind: 'string' },
  bool: { kind: 'bool' },
  boolean: { kind: 'bool' },
  number: { kind: 'number' },
  int: { kind: 'number', numberKind: 'int' },
  integer: { kind: 'number', numberKind: 'int' },
  uint: { kind: 'number', numberKind: 'uint' },
  uint32: { kind: 'number', numberKind: 'uint' },
  uint64: { kind: 'number', numberKind: 'uint' },
  float: { kind: 'number', numberKind: 'float' },
  float32: { kind: 'number', numberKind: 'float' },
  float64: { kind: 'number', numberKind: 'float' },
  duration: { kind: 'duration' },
  Duration: { kind: 'duration' },
  secret: { kind: 'secret' },
  'string or secret': { kind: 'optionalSecret' },
  'secret or string': { kind: 'optionalSecret' },
  object: { kind: 'map', element: { kind: 'any' } },
  // Sizes are written as text (`"10MiB"`).
  size: { kind: 'string' },
  'units.Base2Bytes': { kind: 'string' },
};

/**
 * Reads a type as documentation writes it — `string`, `number`, `duration`,
 * `secret`, `list(string)`, `map(secret)`, `[]string`, `capsule(X)` — into a
 * conversion target. Any other name is a host capsule type (`otelcol.Consumer`).
 */
export function parseTarget(type: string): Target {
  const text = type.trim();
  const named = NAMED_TARGETS[text];
  if (named) return named;
  const wrapped = /^(list|array|map|capsule)\((.*)\)$/.exec(text);
  if (wrapped) {
    const [, wrapper, inner = ''] = wrapped;
    if (wrapper === 'capsule') return { kind: 'capsule', hostType: inner };
    const element = parseTarget(inner);
    return wrapper === 'map' ? { kind: 'map', element } : { kind: 'list', element };
  }
  if (text.startsWith('[]')) return { kind: 'list', element: parseTarget(text.slice(2)) };
  const goMap = /^map\[string\](.+)$/.exec(text);
  if (goMap) return { kind: 'map', element: parseTarget(goMap[1] as string) };
  return { kind: 'capsule', hostType: text };
}
