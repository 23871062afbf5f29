/**
 * The evaluator: Alloy expressions to values (spec 4).
 *
 * Names resolve through the caller's scope first, then the standard library.
 * Evaluation stops at the first error, which is reported the way Alloy words
 * it, naming the expression that produced the offending value. Unknown values
 * flow through every operation silently, so a configuration being edited
 * never shows a false error. The entry points never throw.
 */
import type { Block, Expression, Statement } from './ast';
import type { Diagnostic, Position, Range } from './diagnostic';
import { printExpression } from './format';
import type { LineIndex } from './line-index';
import { parseExpression } from './parser';
import type { Span } from './span';
import { NULL, array, object, toInt64, typeName, unknown, type ObjectValue, type Value } from './value';
import { convert, toHostAny, type Target } from './eval/convert';
import { EvaluationError, plainError, reportError, typeError, valueError } from './eval/errors';
import { goQuote } from './eval/go-quote';
import { LiteralError, literalValue } from './eval/literal';
import { binaryOp, unaryOp } from './eval/operators';
import type { Scope } from './eval/scope';
import { DEPRECATED_NAMES, standardLibrary } from './stdlib';

export type {
  AlloyType,
  ArrayValue,
  BoolValue,
  CapsuleValue,
  FloatValue,
  FunctionValue,
  HostCapsuleValue,
  IntValue,
  NullValue,
  NumberKind,
  NumberValue,
  ObjectValue,
  OptionalSecretValue,
  SecretValue,
  StringValue,
  UintValue,
  UnknownValue,
  Value,
} from './value';
/** Constructors and helpers of the value model: `values.string('x')`, `values.isUnknown(v)` … */
export * as values from './value';
export type { Constants, Environment, Scope } from './eval/scope';
export { parseTarget, type Target } from './eval/convert';
export { printValue } from './eval/print-value';
export { DEPRECATED_NAMES, EXPERIMENTAL_NAMES } from './stdlib';

export type EvaluationResult = {
  /** The value; unknown when evaluation failed. */
  value: Value;
  /** The error that stopped evaluation (if any) and warnings such as deprecated names. */
  diagnostics: Diagnostic[];
};

export type EvaluateOptions = {
  /** Converts the result as assigning it to a place of this type would (spec 4.10). */
  target?: Target;
  /**
   * The lines of the source text the expression was parsed from (`parse`
   * returns them): diagnostics take their lines and columns from them, and
   * messages quote expressions exactly as written. Without them, offsets are
   * still exact but lines and columns count as if the source were one line.
   */
  lines?: LineIndex;
};

const CAPSULE_NOT_OBJECT = 'expected object or array or a capsule convertible to an object, got capsule';

/** The fields of a capsule that can present itself as an object. */
function capsuleFields(value: Value): ReadonlyMap<string, Value> | undefined {
  return value.type === 'capsule' && value.kind === 'host' ? value.object?.fields : undefined;
}

class Evaluator {
  /** Which expression produced each value (by identity), to name culprits in errors. */
  private readonly origins = new WeakMap<object, Expression>();
  readonly warnings: Diagnostic[] = [];
  private readonly library: ReadonlyMap<string, Value>;

  constructor(
    private readonly scope: Scope,
    private readonly lines: LineIndex | undefined,
  ) {
    this.library = standardLibrary(scope);
  }

  evaluate(expr: Expression): Value {
    const value = this.produce(expr);
    if (value !== NULL) this.origins.set(value, expr);
    return value;
  }

  private produce(expr: Expression): Value {
    switch (expr.kind) {
      case 'Literal':
        try {
          return literalValue(expr);
        } catch (error) {
          if (error instanceof LiteralError) throw plainError(error.message);
          throw error;
        }
      case 'Identifier':
        return this.lookup(expr.name, expr);
      case 'Array':
        return array(expr.elements.map((element) => this.evaluate(element)));
      case 'Object': {
        const fields = new Map<string, Value>();
        for (const field of expr.fields) fields.set(field.name, this.evaluate(field.value));
        return object(fields);
      }
      case 'Access':
        return this.access(this.evaluate(expr.value), expr.name.name, expr.name);
      case 'Index':
        return this.index(this.evaluate(expr.value), this.evaluate(expr.index));
      case 'Call':
        return this.call(expr.callee, expr.args);
      case 'Unary':
        return unaryOp(expr.operator, this.evaluate(expr.operand));
      case 'Binary': {
        const left = this.evaluate(expr.left);
        return binaryOp(left, expr.operator, this.evaluate(expr.right));
      }
      case 'Paren':
        return this.evaluate(expr.inner);
      case 'Invalid':
        return unknown();
    }
  }

  private lookup(name: string, range: Span): Value {
    const variables = this.scope.variables;
    if (variables && Object.hasOwn(variables, name)) return variables[name] as Value;
    const value = this.library.get(name);
    if (value === undefined) throw plainError(`identifier ${goQuote(name)} does not exist`, range);
    const replacement = DEPRECATED_NAMES.get(name);
    if (replacement !== undefined) {
      this.warnings.push({
        severity: 'warning',
        code: 'deprecated',
        message: `this stdlib function is deprecated; use ${replacement} instead`,
        range: rangeOf(range, this.lines),
      });
    }
    return value;
  }

  private access(value: Value, name: string, nameRange: Span): Value {
    if (value.type === 'unknown') return value;
    const fields = value.type === 'object' ? value.fields : capsuleFields(value);
    if (fields) {
      const field = fields.get(name);
      if (field === undefined) throw plainError(`field ${goQuote(name)} does not exist`, nameRange);
      return field;
    }
    if (value.type === 'capsule') throw valueError(value, CAPSULE_NOT_OBJECT);
    throw valueError(value, `cannot access field ${goQuote(name)} on value of type ${typeName(value)}`);
  }

  private index(value: Value, index: Value): Value {
    if (value.type === 'unknown') return value;
    if (index.type === 'unknown') return index;
    if (value.type === 'array') {
      if (index.type !== 'number') throw typeError(index, 'number');
      const position = toInt64(index);
      if (position < 0n || position >= BigInt(value.elements.length)) {
        throw valueError(
          index,
          `index ${position} is out of range of array with length ${value.elements.length}`,
        );
      }
      return value.elements[Number(position)] as Value;
    }
    const fields = value.type === 'object' ? value.fields : capsuleFields(value);
    if (fields) {
      if (index.type !== 'string') throw typeError(index, 'string');
      return fields.get(index.value) ?? NULL;
    }
    if (value.type === 'capsule') throw valueError(value, CAPSULE_NOT_OBJECT);
    throw valueError(value, `expected object or array, got ${typeName(value)}`);
  }

  private call(calleeExpr: Expression, argExprs: readonly Expression[]): Value {
    const callee = this.evaluate(calleeExpr);
    if (callee.type === 'unknown') {
      argExprs.forEach((arg) => this.evaluate(arg));
      return callee;
    }
    if (callee.type !== 'function') throw typeError(callee, 'function');
    const args = argExprs.map((arg) => this.evaluate(arg));
    return callee.call(args, callee);
  }

  /** The reported form of an error, with the range of the expression to blame. */
  diagnostic(error: EvaluationError, fallback: Span): Diagnostic {
    const reported = reportError(error.chain, { lookup: (value) => this.origins.get(value) }, (node) =>
      printExpression(node, this.lines),
    );
    return {
      severity: 'error',
      code: 'evaluation',
      message: reported.message,
      range: rangeOf(reported.node ?? reported.range ?? fallback, this.lines),
    };
  }
}

/** The positions of a span; without the source's lines, as if the source were one line. */
function rangeOf(span: Span, lines: LineIndex | undefined): Range {
  if (lines) return lines.range(span);
  const position = (offset: number): Position => ({ offset, line: 1, column: offset + 1 });
  return { start: position(span.start), end: position(span.end) };
}

/** Runs an evaluation step, turning an evaluation error into the result's diagnostic. */
function run(
  scope: Scope,
  fallback: Span,
  lines: LineIndex | undefined,
  step: (evaluator: Evaluator) => Value,
): EvaluationResult {
  const evaluator = new Evaluator(scope, lines);
  try {
    const value = step(evaluator);
    return { value, diagnostics: evaluator.warnings };
  } catch (error) {
    const failure = error instanceof EvaluationError ? error : plainError(`internal error: ${String(error)}`);
    return {
      value: unknown(),
      diagnostics: [evaluator.diagnostic(failure, fallback), ...evaluator.warnings],
    };
  }
}

/**
 * Evaluates a parsed expression. Diagnostics carry the source ranges of the
 * expression's nodes; an error without a position of its own is reported
 * over the whole expression.
 */
export function evaluateExpression(
  expr: Expression,
  scope: Scope = {},
  options: EvaluateOptions = {},
): EvaluationResult {
  return run(scope, expr, options.lines, (evaluator) => {
    const value = evaluator.evaluate(expr);
    return options.target ? convert(value, options.target) : value;
  });
}

/** Parses and evaluates an expression; syntax errors are returned as diagnostics. */
export function evaluate(
  expression: string,
  scope: Scope = {},
  options: Omit<EvaluateOptions, 'lines'> = {},
): EvaluationResult {
  const parsed = parseExpression(expression);
  if (parsed.diagnostics.some((d) => d.severity === 'error')) {
    return { value: unknown(), diagnostics: parsed.diagnostics };
  }
  return evaluateExpression(parsed.expression, scope, { ...options, lines: parsed.lines });
}

/**
 * Evaluates a body of attributes into one object, as Alloy decodes a body
 * into a map: attributes cannot see each other, a repeated attribute wins,
 * values are read as a host `any` would hold them, and blocks are not
 * allowed.
 */
export function evaluateBody(
  body: readonly Statement[],
  scope: Scope = {},
  lines?: LineIndex,
): EvaluationResult {
  return run(scope, bodySpan(body), lines, (evaluator): ObjectValue => {
    const fields = new Map<string, Value>();
    for (const statement of body) {
      if (statement.kind === 'Block') throw nestedBlock(statement);
      fields.set(statement.name.name, toHostAny(evaluator.evaluate(statement.value)));
    }
    return object(fields);
  });
}

function nestedBlock(block: Block): EvaluationError {
  return plainError('nested blocks not supported here', block);
}

function bodySpan(body: readonly Statement[]): Span {
  return { start: body[0]?.start ?? 0, end: body[body.length - 1]?.end ?? 0 };
}

export type Conversion = { ok: true; value: Value } | { ok: false; message: string };

/**
 * Converts a value as assigning it to a place of type `target` would
 * (spec 4.10), e.g. `"12"` for a number or `[1, "2"]` for `list(string)`.
 * To have a failure name the expression at fault, evaluate with
 * `options.target` instead.
 */
export function convertTo(value: Value, target: Target): Conversion {
  try {
    return { ok: true, value: convert(value, target) };
  } catch (error) {
    if (!(error instanceof EvaluationError)) throw error;
    const reported = reportError(error.chain, { lookup: () => undefined }, () => '');
    return { ok: false, message: reported.message.trimStart() };
  }
}
