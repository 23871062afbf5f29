/**
 * Evaluates TraceQL pipelines over the spans of one trace, as Tempo does:
 * each stage narrows the current span set (a trace whose set becomes empty
 * does not match); comparisons between values of different types are false,
 * a missing attribute is `nil`, and `.name` reads the span attribute, else
 * the resource attribute.
 */
import type { AttributeValue, Span } from '../../model';
import type { StoredTrace } from '../../store/tempo-store';
import { arithmetic as numberArithmetic, compare, type ArithmeticOp } from '../common/binary';
import type { FieldExpr, KindValue, Pipeline, SpansetOp, Stage, StatusValue, Value } from './ast';

export type PipelineResult = { spans: Span[]; selected: FieldExpr[] };

const NIL: Value = { type: 'nil' };

const STATUS: Readonly<Record<Span['status'], StatusValue>> = {
  STATUS_CODE_UNSET: 'unset',
  STATUS_CODE_OK: 'ok',
  STATUS_CODE_ERROR: 'error',
};

/** What a trace knows about itself, worked out on first use. */
export class TraceContext {
  private rootSpan: Span | null | undefined;
  private spansById: Map<string, Span> | undefined;

  constructor(readonly trace: StoredTrace) {}

  /** The span without a parent, if it has arrived. */
  get root(): Span | undefined {
    if (this.rootSpan === undefined)
      this.rootSpan = this.trace.spans.find((span) => !span.parentSpanId) ?? null;
    return this.rootSpan ?? undefined;
  }

  get byId(): Map<string, Span> {
    this.spansById ??= new Map(this.trace.spans.map((span) => [span.spanId, span]));
    return this.spansById;
  }
}

/** Runs the pipeline on a trace; null when the trace does not match. */
export function runPipeline(
  pipeline: Pipeline,
  context: TraceContext,
  input: Span[] = context.trace.spans,
): PipelineResult | null {
  let spans = input;
  const selected: FieldExpr[] = [];
  for (const stage of pipeline) {
    const next = runStage(stage, context, spans, selected);
    if (!next || next.length === 0) return null;
    spans = next;
  }
  return { spans, selected };
}

function runStage(stage: Stage, context: TraceContext, spans: Span[], selected: FieldExpr[]): Span[] | null {
  switch (stage.type) {
    case 'filter':
      return spans.filter((span) => isTrue(evaluateField(stage.expr, span, context)));
    case 'combine': {
      const left = runPipeline(stage.left, context, spans);
      const right = runPipeline(stage.right, context, spans);
      selected.push(...(left?.selected ?? []), ...(right?.selected ?? []));
      return combine(stage.op, left?.spans ?? [], right?.spans ?? [], context);
    }
    case 'scalar-filter': {
      const value = aggregate(stage, spans, context);
      return value !== null && compareValues(stage.op, value, stage.value) ? spans : null;
    }
    case 'select':
      selected.push(...stage.fields);
      return spans;
  }
}

function combine(op: SpansetOp, left: Span[], right: Span[], context: TraceContext): Span[] {
  const union = () => [...new Set([...left, ...right])];
  switch (op) {
    case '&&':
      return left.length > 0 && right.length > 0 ? union() : [];
    case '||':
      return union();
    case '>':
      return right.filter((span) => left.some((candidate) => candidate.spanId === span.parentSpanId));
    case '>>':
      return right.filter((span) => ancestors(span, context).some((ancestor) => left.includes(ancestor)));
    case '<':
      return right.filter((span) => left.some((candidate) => candidate.parentSpanId === span.spanId));
    case '<<':
      return right.filter((span) => left.some((candidate) => ancestors(candidate, context).includes(span)));
    case '~':
      return right.filter((span) =>
        left.some(
          (candidate) =>
            candidate !== span &&
            candidate.parentSpanId !== undefined &&
            candidate.parentSpanId === span.parentSpanId,
        ),
      );
  }
}

function ancestors(span: Span, context: TraceContext): Span[] {
  const result: Span[] = [];
  const seen = new Set<string>();
  for (let parent = span.parentSpanId; parent && !seen.has(parent);) {
    seen.add(parent);
    const found = context.byId.get(parent);
    if (!found) break;
    result.push(found);
    parent = found.parentSpanId;
  }
  return result;
}

function aggregate(
  stage: Extract<Stage, { type: 'scalar-filter' }>,
  spans: Span[],
  context: TraceContext,
): Value | null {
  if (stage.aggregate === 'count') return { type: 'number', value: spans.length };
  const values = spans
    .map((span) => evaluateField(stage.field as FieldExpr, span, context))
    .filter(
      (value): value is Extract<Value, { type: 'number' | 'duration' }> =>
        value.type === 'number' || value.type === 'duration',
    );
  if (values.length === 0) return null;
  const numbers = values.map((value) => value.value);
  const sum = numbers.reduce((total, value) => total + value, 0);
  const result =
    stage.aggregate === 'sum'
      ? sum
      : stage.aggregate === 'avg'
        ? sum / numbers.length
        : stage.aggregate === 'max'
          ? Math.max(...numbers)
          : Math.min(...numbers);
  return { type: (values[0] as { type: 'number' | 'duration' }).type, value: result };
}

export function evaluateField(expr: FieldExpr, span: Span, context: TraceContext): Value {
  switch (expr.type) {
    case 'static':
      return expr.value;
    case 'attribute':
      return fromAttribute(
        expr.scope === 'resource'
          ? span.resource[expr.name]
          : expr.scope === 'span'
            ? span.attributes[expr.name]
            : (span.attributes[expr.name] ?? span.resource[expr.name]),
      );
    case 'intrinsic':
      return intrinsic(expr.name, span, context);
    case 'not': {
      const value = evaluateField(expr.expr, span, context);
      return { type: 'boolean', value: value.type === 'boolean' && !value.value };
    }
    case 'negate': {
      const value = evaluateField(expr.expr, span, context);
      return value.type === 'number' || value.type === 'duration' ? { ...value, value: -value.value } : NIL;
    }
    case 'binary':
      return binary(expr, span, context);
  }
}

function binary(expr: Extract<FieldExpr, { type: 'binary' }>, span: Span, context: TraceContext): Value {
  const left = evaluateField(expr.left, span, context);
  if (expr.op === '&&' && !isTrue(left)) return { type: 'boolean', value: false };
  if (expr.op === '||' && isTrue(left)) return { type: 'boolean', value: true };
  const right = evaluateField(expr.right, span, context);
  switch (expr.op) {
    case '&&':
    case '||':
      return { type: 'boolean', value: isTrue(right) };
    case '=~':
    case '!~':
      return {
        type: 'boolean',
        value:
          left.type === 'string' && expr.regex !== null && expr.regex.test(left.value) === (expr.op === '=~'),
      };
    case '=':
    case '!=':
    case '>':
    case '>=':
    case '<':
    case '<=':
      return { type: 'boolean', value: compareValues(expr.op, left, right) };
    default:
      return arithmetic(expr.op, left, right);
  }
}

/**
 * Compares two values; values of different types never compare true. A
 * comparison with `nil` tests presence (`= nil`, `!= nil`); a missing value
 * compared with anything else is false.
 */
export function compareValues(op: '=' | '!=' | '>' | '>=' | '<' | '<=', left: Value, right: Value): boolean {
  if (right.type === 'nil')
    return op === '=' ? left.type === 'nil' : op === '!=' ? left.type !== 'nil' : false;
  if (left.type === 'nil') return false;
  if (left.type !== right.type) return false;
  return compare(op === '=' ? '==' : op, left.value, (right as typeof left).value);
}

function arithmetic(op: ArithmeticOp, left: Value, right: Value): Value {
  if (
    (left.type !== 'number' && left.type !== 'duration') ||
    (right.type !== 'number' && right.type !== 'duration')
  )
    return NIL;
  return { type: left.type, value: numberArithmetic(op, left.value, right.value) };
}

function isTrue(value: Value): boolean {
  return value.type === 'boolean' && value.value;
}

function fromAttribute(value: AttributeValue | undefined): Value {
  if (value === undefined) return NIL;
  if (typeof value === 'string') return { type: 'string', value };
  if (typeof value === 'number') return { type: 'number', value };
  return { type: 'boolean', value };
}

function intrinsic(
  name: Extract<FieldExpr, { type: 'intrinsic' }>['name'],
  span: Span,
  context: TraceContext,
): Value {
  switch (name) {
    case 'name':
      return { type: 'string', value: span.name };
    case 'status':
      return { type: 'status', value: STATUS[span.status] };
    case 'statusMessage':
      return { type: 'string', value: span.statusMessage ?? '' };
    case 'duration':
      return { type: 'duration', value: span.durationNanos };
    case 'kind':
      return { type: 'kind', value: span.kind.replace('SPAN_KIND_', '').toLowerCase() as KindValue };
    case 'rootName':
      return context.root ? { type: 'string', value: context.root.name } : NIL;
    case 'rootServiceName':
      return fromAttribute(context.root?.resource['service.name']);
    case 'traceDuration':
      return { type: 'duration', value: Math.round((context.trace.endMs - context.trace.startMs) * 1e6) };
    case 'spanId':
      return { type: 'string', value: span.spanId };
    case 'traceId':
      return { type: 'string', value: span.traceId };
  }
}

/** A value as the search results show it. */
export function plainValue(value: Value): string | number | boolean | null {
  return value.type === 'nil' ? null : value.value;
}
