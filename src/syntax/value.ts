/**
 * The values an Alloy expression evaluates to.
 *
 * Alloy has eight types (null, number, string, bool, array, object, function,
 * capsule). Numbers keep the representation Alloy uses internally — a signed
 * or unsigned 64-bit integer (held as a bigint) or a double — because it
 * decides arithmetic, printing and error messages.
 *
 * `unknown` is not an Alloy type: it stands for what cannot be known while a
 * configuration is being edited (environment variables, file contents,
 * component exports). Every operation on an unknown yields an unknown and
 * never an error.
 *
 * Values are plain immutable objects. The evaluator remembers which
 * expression produced which value *by object identity* to name the culprit
 * in error messages, so constructors always return fresh objects (except
 * `NULL`, which is never remembered).
 */

export type AlloyType = 'null' | 'number' | 'string' | 'bool' | 'array' | 'object' | 'function' | 'capsule';

export type NumberKind = 'int' | 'uint' | 'float';

export type NullValue = { readonly type: 'null' };

/** Signed 64-bit integer; `value` is always within [-2^63, 2^63). */
export type IntValue = { readonly type: 'number'; readonly kind: 'int'; readonly value: bigint };
/** Unsigned 64-bit integer; `value` is always within [0, 2^64). */
export type UintValue = { readonly type: 'number'; readonly kind: 'uint'; readonly value: bigint };
export type FloatValue = { readonly type: 'number'; readonly kind: 'float'; readonly value: number };
export type NumberValue = IntValue | UintValue | FloatValue;

/**
 * Alloy strings are byte strings. Bytes that are not valid UTF-8 (only
 * reachable through `\xNN`/`\NNN` escapes and decoding functions) are held as
 * the lone surrogates U+DC80–U+DCFF, one per byte (see eval/utf8.ts).
 */
export type StringValue = { readonly type: 'string'; readonly value: string };

export type BoolValue = { readonly type: 'bool'; readonly value: boolean };

export type ArrayValue = {
  readonly type: 'array';
  readonly elements: readonly Value[];
  /** Set on the byte arrays returned by the base64 decoders: only these convert to strings. */
  readonly bytes?: true;
};

export type ObjectValue = {
  readonly type: 'object';
  readonly fields: ReadonlyMap<string, Value>;
  /**
   * Whether the field order is meaningful (objects coming from a host, such as
   * component exports). Unordered objects — every object literal and decoded
   * map — print with their keys sorted.
   */
  readonly ordered: boolean;
};

/** Thrown by function implementations to fail with a plain message. */
export class FunctionError extends Error {}

export type FunctionValue = {
  readonly type: 'function';
  /** The host type, e.g. `func(string) string`, shown by `%T` and in JSON encoding errors. */
  readonly hostType: string;
  /**
   * Calls the function. Implementations throw `EvaluationError` (eval/errors.ts)
   * for errors that name values, or `FunctionError` for plain failures.
   */
  readonly call: (args: readonly Value[], self: FunctionValue) => Value;
};

export type SecretValue = { readonly type: 'capsule'; readonly kind: 'secret'; readonly value: string };

/** A string that may or may not be sensitive; printed as `(secret)` only when it is. */
export type OptionalSecretValue = {
  readonly type: 'capsule';
  readonly kind: 'optionalSecret';
  readonly value: string;
  readonly isSecret: boolean;
};

/** Any other host value (receivers, handlers …), optionally presentable as an object. */
export type HostCapsuleValue = {
  readonly type: 'capsule';
  readonly kind: 'host';
  /** The host type name shown as `capsule("⟨hostType⟩")`. */
  readonly hostType: string;
  readonly object?: ObjectValue;
};

export type CapsuleValue = SecretValue | OptionalSecretValue | HostCapsuleValue;

export type UnknownValue = {
  readonly type: 'unknown';
  /** Why the value cannot be known, for tooltips (e.g. `environment variable`). */
  readonly reason?: string;
};

export type Value =
  | NullValue
  | NumberValue
  | StringValue
  | BoolValue
  | ArrayValue
  | ObjectValue
  | FunctionValue
  | CapsuleValue
  | UnknownValue;

const INT64_MIN = -(1n << 63n);

export const NULL: NullValue = Object.freeze({ type: 'null' });

/** A signed 64-bit integer; values outside the range wrap around like Go's int64. */
export function int(value: bigint | number): IntValue {
  const big = typeof value === 'bigint' ? value : BigInt(Math.trunc(value));
  return { type: 'number', kind: 'int', value: BigInt.asIntN(64, big) };
}

/** An unsigned 64-bit integer; values outside the range wrap around like Go's uint64. */
export function uint(value: bigint | number): UintValue {
  const big = typeof value === 'bigint' ? value : BigInt(Math.trunc(value));
  return { type: 'number', kind: 'uint', value: BigInt.asUintN(64, big) };
}

export function float(value: number): FloatValue {
  return { type: 'number', kind: 'float', value };
}

export function string(value: string): StringValue {
  return { type: 'string', value };
}

export function bool(value: boolean): BoolValue {
  return { type: 'bool', value };
}

export function array(elements: readonly Value[]): ArrayValue {
  return { type: 'array', elements };
}

/** An object from a map or a record of fields; `ordered` keeps the given field order when printing. */
export function object(
  fields: ReadonlyMap<string, Value> | Readonly<Record<string, Value>>,
  ordered = false,
): ObjectValue {
  const map = fields instanceof Map ? fields : new Map(Object.entries(fields));
  return { type: 'object', fields: map, ordered };
}

export function secret(value: string): SecretValue {
  return { type: 'capsule', kind: 'secret', value };
}

export function optionalSecret(value: string, isSecret: boolean): OptionalSecretValue {
  return { type: 'capsule', kind: 'optionalSecret', value, isSecret };
}

export function hostCapsule(hostType: string, asObject?: ObjectValue): HostCapsuleValue {
  return asObject
    ? { type: 'capsule', kind: 'host', hostType, object: asObject }
    : { type: 'capsule', kind: 'host', hostType };
}

export function unknown(reason?: string): UnknownValue {
  return reason === undefined ? { type: 'unknown' } : { type: 'unknown', reason };
}

export function isUnknown(value: Value): value is UnknownValue {
  return value.type === 'unknown';
}

/** Whether the value is unknown or contains an unknown anywhere inside. */
export function containsUnknown(value: Value): boolean {
  switch (value.type) {
    case 'unknown':
      return true;
    case 'array':
      return value.elements.some(containsUnknown);
    case 'object':
      for (const field of value.fields.values()) if (containsUnknown(field)) return true;
      return false;
    case 'capsule':
      return value.kind === 'host' && value.object !== undefined && containsUnknown(value.object);
    default:
      return false;
  }
}

/** The value as a signed 64-bit integer, converting like Go's `int64(x)` (floats truncate). */
export function toInt64(value: NumberValue): bigint {
  switch (value.kind) {
    case 'int':
      return value.value;
    case 'uint':
      return BigInt.asIntN(64, value.value);
    case 'float':
      return floatToInt64(value.value);
  }
}

/** The value as an unsigned 64-bit integer, converting like Go's `uint64(x)`. */
export function toUint64(value: NumberValue): bigint {
  switch (value.kind) {
    case 'int':
      return BigInt.asUintN(64, value.value);
    case 'uint':
      return value.value;
    case 'float':
      return floatToUint64(value.value);
  }
}

/** The value as a double, converting like Go's `float64(x)`. */
export function toFloat64(value: NumberValue): number {
  return value.kind === 'float' ? value.value : Number(value.value);
}

/** Go's float64 → int64 conversion as it behaves on amd64: out of range (and NaN) gives -2^63. */
function floatToInt64(f: number): bigint {
  if (Number.isNaN(f) || f >= 2 ** 63 || f < -(2 ** 63)) return INT64_MIN;
  return BigInt(Math.trunc(f));
}

/** Go's float64 → uint64 conversion as it behaves on amd64. */
function floatToUint64(f: number): bigint {
  if (f < 2 ** 63) return BigInt.asUintN(64, floatToInt64(f));
  return BigInt.asUintN(64, floatToInt64(f - 2 ** 63)) | (1n << 63n);
}

/** The Alloy type name used in messages (`should be number, got string`). */
export function typeName(value: Value): string {
  return value.type;
}
