/**
 * Evaluation errors and how they become messages (spec 4.13).
 *
 * An error is a chain of causes, outermost first. Most links name the value
 * that went wrong; when the error is reported, each value is looked up among
 * the values the evaluator produced to find the expression to blame, and the
 * message is prefixed with that expression's text (`"a" should be number, got
 * string`) plus any `[i]`/`.field` path walked from it.
 */
import type { Expression } from '../ast';
import type { Span } from '../span';
import { typeName, type Value } from '../value';
import { goQuote } from './go-quote';

export type Cause =
  /** An error that does not name a value; `range` when it has its own position. */
  | { kind: 'plain'; message: string; range?: Span }
  /** A problem with a value, explained by `inner`. */
  | { kind: 'value'; value: Value; inner: Cause }
  /** A value of the wrong type. */
  | { kind: 'type'; value: Value; expected: string }
  /** An object without a required key. */
  | { kind: 'missingKey'; value: Value; key: string }
  /** A problem inside element `index` of an array. */
  | { kind: 'element'; value: Value; index: number; inner: Cause }
  /** A problem inside field `field` of an object. */
  | { kind: 'field'; value: Value; field: string; inner: Cause }
  /** A function argument that was rejected. */
  | { kind: 'argument'; value: Value; inner: Cause };

/** Raised while evaluating; always caught and reported by the evaluator. */
export class EvaluationError extends Error {
  constructor(readonly chain: Cause) {
    super(causeText(chain));
  }
}

export function plainError(message: string, range?: Span): EvaluationError {
  return new EvaluationError(range ? { kind: 'plain', message, range } : { kind: 'plain', message });
}

export function valueError(value: Value, message: string): EvaluationError {
  return new EvaluationError({ kind: 'value', value, inner: { kind: 'plain', message } });
}

export function typeError(value: Value, expected: string): EvaluationError {
  return new EvaluationError({ kind: 'type', value, expected });
}

/** The host's own text for a cause (Go's `err.Error()`), used when a cause is nested. */
export function causeText(cause: Cause): string {
  switch (cause.kind) {
    case 'plain':
      return cause.message;
    case 'type':
      return `expected ${cause.expected}, got ${typeName(cause.value)}`;
    case 'missingKey':
      return `key ${goQuote(cause.key)} does not exist`;
    default:
      return causeText(cause.inner);
  }
}

/** Finds the expression that produced a value, if the evaluator remembered one. */
export type ValueOrigins = { lookup(value: Value): Expression | undefined };

export type ReportedError = {
  message: string;
  /** The expression to blame; absent when the error has no position. */
  node?: Expression;
  /** The error's own range, for errors that are not about a value (e.g. an unknown identifier). */
  range?: Span;
};

/**
 * Turns an error into its reported message. `nodeText` prints an expression
 * as the formatter would.
 */
export function reportError(
  cause: Cause,
  origins: ValueOrigins,
  nodeText: (node: Expression) => string,
): ReportedError {
  if (cause.kind === 'plain')
    return cause.range ? { message: cause.message, range: cause.range } : { message: cause.message };
  let node: Expression | undefined;
  let path = '';
  let message = '';
  let lastResolved = false;
  for (
    let link: Cause | undefined = cause;
    link && link.kind !== 'plain';
    link = 'inner' in link ? link.inner : undefined
  ) {
    switch (link.kind) {
      case 'value':
      case 'argument':
        message = causeText(link.inner);
        break;
      case 'type':
        message = `should be ${link.expected}, got ${typeName(link.value)}`;
        break;
      case 'missingKey':
        message = `does not have field named ${goQuote(link.key)}`;
        break;
      case 'element':
        path += `[${link.index}]`;
        break;
      case 'field':
        path += `.${link.field}`;
        break;
    }
    const origin = link.value.type === 'null' ? undefined : origins.lookup(link.value);
    if (origin) {
      if (lastResolved) path = '';
      node = origin;
      lastResolved = true;
    } else {
      lastResolved = false;
    }
  }
  return node ? { message: `${nodeText(node)}${path} ${message}`, node } : { message: `${path} ${message}` };
}
