/**
 * Value types of component arguments and exports.
 *
 * The catalog keeps each type exactly as the docs print it (`boolean`, `int`,
 * `string or secret`, `list(LogsReceiver)`, …). `parseTypeSpelling` turns those
 * spellings into one structured form that validation can check values and
 * references against; `formatType` prints the structured form canonically.
 */
import type { Signal } from '../analysis/pipeline';

/** The receiver capsules that carry telemetry between components. */
export type ReceiverKind = 'LogsReceiver' | 'MetricsReceiver' | 'ProfilesReceiver' | 'otelcol.Consumer';

/** Opaque host values that are not telemetry receivers. */
export type CapsuleName = 'otelcol.Handler' | 'RelabelRules';

/** A named key of an object value (for `list(object)` arguments that list their keys). */
export type ObjectField = {
  name: string;
  type: ValueType;
  required: boolean;
  default: string | null;
};

export type ValueType =
  | { kind: 'any' }
  | { kind: 'string' }
  | { kind: 'number'; integer: boolean }
  | { kind: 'bool' }
  /** A string in Go duration syntax: `"10s"`, `"1h30m"`. */
  | { kind: 'duration' }
  /** A string with a byte-size unit: `"1MiB"`. */
  | { kind: 'size' }
  /** Sensitive text; plain strings convert to it, it never converts back. */
  | { kind: 'secret' }
  /** `string or secret`: text that stays a plain string unless it came from a secret. */
  | { kind: 'optionalSecret' }
  | { kind: 'list'; element: ValueType }
  | { kind: 'map'; value: ValueType }
  /** An object; `fields` is null when its keys are not listed. */
  | { kind: 'object'; fields: readonly ObjectField[] | null }
  /**
   * A telemetry receiver. `receiver` is null for the docs' generic spelling
   * `receiver`, which only the owning component can resolve (see schema.ts).
   * `signals` is what it carries: fixed for Loki/Prometheus/Pyroscope receivers,
   * given by position for `otelcol.Consumer` (empty until resolved).
   */
  | { kind: 'receiver'; receiver: ReceiverKind | null; signals: readonly Signal[] }
  | { kind: 'capsule'; name: CapsuleName };

export const ANY: ValueType = { kind: 'any' };

/** The signal each receiver kind carries, when the kind alone decides it. */
const RECEIVER_SIGNAL: Record<ReceiverKind, Signal | null> = {
  LogsReceiver: 'logs',
  MetricsReceiver: 'metrics',
  ProfilesReceiver: 'profiles',
  'otelcol.Consumer': null,
};

export function receiverType(receiver: ReceiverKind | null, signals?: readonly Signal[]): ValueType {
  const fixed = receiver ? RECEIVER_SIGNAL[receiver] : null;
  return { kind: 'receiver', receiver, signals: signals ?? (fixed ? [fixed] : []) };
}

/** The receiver kind that carries `signal` outside otelcol. */
export function receiverKindForSignal(signal: Signal): ReceiverKind | null {
  switch (signal) {
    case 'logs':
      return 'LogsReceiver';
    case 'metrics':
      return 'MetricsReceiver';
    case 'profiles':
      return 'ProfilesReceiver';
    default:
      return null;
  }
}

const TARGET: ValueType = { kind: 'map', value: { kind: 'string' } };

/** Single-word spellings, including the Go type names used for undocumented items. */
const NAMED_TYPES: Readonly<Record<string, ValueType>> = {
  any: ANY,
  string: { kind: 'string' },
  bool: { kind: 'bool' },
  boolean: { kind: 'bool' },
  number: { kind: 'number', integer: false },
  float: { kind: 'number', integer: false },
  float32: { kind: 'number', integer: false },
  float64: { kind: 'number', integer: false },
  int: { kind: 'number', integer: true },
  integer: { kind: 'number', integer: true },
  uint: { kind: 'number', integer: true },
  uint32: { kind: 'number', integer: true },
  duration: { kind: 'duration' },
  Duration: { kind: 'duration' },
  size: { kind: 'size' },
  'units.Base2Bytes': { kind: 'size' },
  secret: { kind: 'secret' },
  object: { kind: 'object', fields: null },
  // A discovery target is a set of labels.
  Target: TARGET,
  'discovery.Target': TARGET,
  targets: { kind: 'list', element: TARGET },
  LogsReceiver: receiverType('LogsReceiver'),
  'loki.LogsReceiver': receiverType('LogsReceiver'),
  MetricsReceiver: receiverType('MetricsReceiver'),
  ProfilesReceiver: receiverType('ProfilesReceiver'),
  'pyroscope.Appendable': receiverType('ProfilesReceiver'),
  'otelcol.Consumer': receiverType('otelcol.Consumer'),
  receiver: receiverType(null),
  RelabelRules: { kind: 'capsule', name: 'RelabelRules' },
  'relabel.Config': { kind: 'capsule', name: 'RelabelRules' },
};

/** Whole spellings the docs get wrong, mapped to what they mean. */
const MISSPELLINGS: Readonly<Record<string, string>> = {
  // otelcol.receiver.filelog header > metadata_operators: a missing parenthesis.
  'lists(map(string)': 'list(map(string))',
  // pyroscope.relabel's `rules` export is the same rule list every relabel component exports.
  '[]relabel.Config': 'RelabelRules',
};

const LIST_WORDS = new Set(['list', 'array']);

/**
 * Parses a docs type spelling. Returns null for a spelling it does not know,
 * so callers decide how to degrade (the catalog falls back to `any`).
 */
export function parseTypeSpelling(spelling: string): ValueType | null {
  const text = spelling.trim();
  const corrected = MISSPELLINGS[text];
  if (corrected !== undefined) return parseTypeSpelling(corrected);

  const alternatives = text.split(/\s+or\s+/);
  if (alternatives.length > 1) {
    const kinds = new Set(alternatives.map((part) => parseTypeSpelling(part)?.kind));
    return kinds.size === 2 && kinds.has('string') && kinds.has('secret') ? { kind: 'optionalSecret' } : null;
  }

  const named = NAMED_TYPES[text];
  if (named) return named;

  if (text.startsWith('[]')) return listOf(parseTypeSpelling(text.slice(2)));
  if (text.startsWith('map[string]')) return mapOf(parseTypeSpelling(text.slice('map[string]'.length)));

  const call = /^([\w.]+)\((.*)\)$/.exec(text);
  if (!call) return null;
  const [, word = '', inner = ''] = call;
  if (LIST_WORDS.has(word)) return listOf(parseTypeSpelling(inner));
  if (word === 'map') return mapOf(parseTypeSpelling(inner));
  if (word === 'capsule')
    return inner === 'otelcol.Handler' ? { kind: 'capsule', name: 'otelcol.Handler' } : null;
  return null;
}

function listOf(element: ValueType | null): ValueType | null {
  return element && { kind: 'list', element };
}

function mapOf(value: ValueType | null): ValueType | null {
  return value && { kind: 'map', value };
}

/** A canonical, Alloy-flavoured rendering for messages: `list(map(string))`, `int`. */
export function formatType(type: ValueType): string {
  switch (type.kind) {
    case 'number':
      return type.integer ? 'int' : 'number';
    case 'optionalSecret':
      return 'string or secret';
    case 'list':
      return `list(${formatType(type.element)})`;
    case 'map':
      return `map(${formatType(type.value)})`;
    case 'object':
      return type.fields ? `object(${type.fields.map((f) => f.name).join(', ')})` : 'object';
    case 'receiver':
      return type.receiver ?? 'receiver';
    case 'capsule':
      return type.name === 'otelcol.Handler' ? 'capsule(otelcol.Handler)' : type.name;
    default:
      return type.kind;
  }
}

const TEXT_KINDS = new Set<ValueType['kind']>(['string', 'duration', 'size']);

/**
 * Whether a value of type `actual` may be used where `expected` is required,
 * following Alloy's conversions (numbers and strings convert both ways, strings
 * become secrets but secrets never become strings). It answers false only when
 * the conversion can never succeed, so a true answer may still fail on a
 * particular value. Receivers must be the same kind and share a signal.
 */
export function isAssignable(expected: ValueType, actual: ValueType): boolean {
  if (expected.kind === 'any' || actual.kind === 'any') return true;
  switch (expected.kind) {
    case 'string':
    case 'duration':
    case 'size':
      return TEXT_KINDS.has(actual.kind) || actual.kind === 'number' || actual.kind === 'optionalSecret';
    case 'number':
      return actual.kind === 'number' || TEXT_KINDS.has(actual.kind) || actual.kind === 'optionalSecret';
    case 'bool':
      return actual.kind === 'bool';
    case 'secret':
    case 'optionalSecret':
      return TEXT_KINDS.has(actual.kind) || actual.kind === 'secret' || actual.kind === 'optionalSecret';
    case 'list':
      return actual.kind === 'list' && isAssignable(expected.element, actual.element);
    case 'map':
      if (actual.kind === 'map') return isAssignable(expected.value, actual.value);
      return actual.kind === 'object';
    case 'object':
      return actual.kind === 'object' || actual.kind === 'map';
    case 'receiver':
      return (
        actual.kind === 'receiver' &&
        actual.receiver === expected.receiver &&
        (expected.signals.length === 0 ||
          actual.signals.length === 0 ||
          expected.signals.some((signal) => actual.signals.includes(signal)))
      );
    case 'capsule':
      return actual.kind === 'capsule' && actual.name === expected.name;
  }
}
