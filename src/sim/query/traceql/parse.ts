/**
 * Parses TraceQL with the official Lezer grammar (@grafana/lezer-traceql)
 * into the pipelines of ast.ts. Field expressions are rebuilt with
 * TraceQL's precedence (`||` < `&&` < comparisons < `+ -` < `* / %` < `^`,
 * unary `!` and `-` binding tightest), which the grammar's tree does not
 * keep. Metrics queries, `by()`, `coalesce()`, structural intrinsics,
 * events, links and `parent.` are `unsupported` errors naming the construct.
 */
import { parser } from '@grafana/lezer-traceql';
import { goRegexp } from '../../formats/go-regexp';
import { parseDuration } from '../common/duration';
import { nestByPrecedence, SHARED_PRECEDENCE } from '../common/precedence';
import { QueryError } from '../common/source';
import type { SyntaxNode } from '../common/tree';
import { child, children, parseTop, requireChild, unquote } from '../common/tree';
import type {
  Aggregate,
  ComparisonOp,
  FieldExpr,
  FieldOp,
  Intrinsic,
  KindValue,
  Pipeline,
  SpansetOp,
  Stage,
  Value,
} from './ast';

const INTRINSICS: Readonly<Record<string, Intrinsic>> = {
  name: 'name',
  'span:name': 'name',
  status: 'status',
  'span:status': 'status',
  statusMessage: 'statusMessage',
  'span:statusMessage': 'statusMessage',
  duration: 'duration',
  'span:duration': 'duration',
  kind: 'kind',
  'span:kind': 'kind',
  'span:id': 'spanId',
  rootName: 'rootName',
  'trace:rootName': 'rootName',
  rootServiceName: 'rootServiceName',
  'trace:rootService': 'rootServiceName',
  traceDuration: 'traceDuration',
  'trace:duration': 'traceDuration',
  'trace:id': 'traceId',
};

const KINDS: readonly KindValue[] = ['unspecified', 'internal', 'server', 'client', 'producer', 'consumer'];

const PRECEDENCE: Readonly<Record<FieldOp, number>> = {
  '||': 1,
  '&&': 2,
  '=': 3,
  '=~': 3,
  '!~': 3,
  ...SHARED_PRECEDENCE,
};

const SPANSET_OPS: Readonly<Record<string, SpansetOp>> = {
  And: '&&',
  Or: '||',
  Gt: '>',
  Desc: '>>',
  Lt: '<',
  Anc: '<<',
};

const UNSUPPORTED: Readonly<Record<string, string>> = {
  MetricsExpression: 'metrics queries',
  MetricsOperation: 'metrics queries',
  MetricsOperationBasic: 'metrics queries',
  MetricsOperationHistogram: 'metrics queries',
  MetricsOperationQuantile: 'metrics queries',
  MetricsOperationCompare: 'metrics queries',
  MetricsOverTime: 'metrics queries',
  MetricsAggregatorFunctions: 'metrics queries',
  GroupOperation: 'by() grouping',
  CoalesceOperation: 'coalesce()',
  WithHint: 'query hints',
  ExperimentalOp: 'experimental spanset operators',
  UnionStructuralOp: 'union structural operators',
  Parent: 'parent. attributes',
  Event: 'event attributes',
  Link: 'link attributes',
  Instrumentation: 'instrumentation attributes',
  TemplateVariable: 'template variables',
};

type Operand = { node: SyntaxNode; prefixes: ('!' | '-')[] };

export function parseTraceQL(text: string): Pipeline {
  return new Builder(text).pipeline(parseTop(parser, text));
}

class Builder {
  constructor(private readonly text: string) {}

  private slice(node: SyntaxNode): string {
    return this.text.slice(node.from, node.to);
  }

  private unsupported(node: SyntaxNode, what: string): never {
    throw new QueryError(
      `${what} ${what.endsWith('s') ? 'are' : 'is'} not supported`,
      node.from,
      node.to,
      'unsupported',
    );
  }

  private checkSupported(node: SyntaxNode): void {
    const what = UNSUPPORTED[node.name];
    if (what) this.unsupported(node, what);
  }

  pipeline(node: SyntaxNode): Pipeline {
    this.checkSupported(node);
    switch (node.name) {
      case 'SpansetPipelineExpression':
      case 'WrappedSpansetPipeline': {
        const parts = children(node);
        for (const part of parts) this.checkSupported(part);
        const operator = parts.find((part) => part.name === 'Pipe' || SPANSET_OPS[part.name] !== undefined);
        const operands = parts.filter(
          (part) => part !== operator && part.name !== 'Pipe' && SPANSET_OPS[part.name] === undefined,
        );
        if (!operator) {
          if (operands.length === 1) return this.pipeline(operands[0] as SyntaxNode);
          const [left, right] = operands as [SyntaxNode, SyntaxNode];
          // The sibling operator `~` is an anonymous token between its operands.
          if (operands.length === 2 && this.text.slice(left.to, right.from).trim() === '~')
            return [{ type: 'combine', op: '~', left: this.pipeline(left), right: this.pipeline(right) }];
          throw new QueryError('malformed spanset expression', node.from, node.to, 'syntax');
        }
        const [left, right] = operands as [SyntaxNode, SyntaxNode];
        if (operator.name === 'Pipe') return [...this.pipeline(left), ...this.pipeline(right)];
        const op = SPANSET_OPS[operator.name] as SpansetOp;
        return [{ type: 'combine', op, left: this.pipeline(left), right: this.pipeline(right) }];
      }
      case 'SpansetPipeline':
      case 'SpansetExpression':
        return children(node).flatMap((part) => this.pipeline(part));
      case 'SpansetFilter': {
        const expr = child(node, 'FieldExpression');
        return [
          {
            type: 'filter',
            expr: expr ? this.field(expr) : { type: 'static', value: { type: 'boolean', value: true } },
          },
        ];
      }
      case 'ScalarFilter':
        return [this.scalarFilter(node)];
      case 'SelectOperation': {
        const fields: FieldExpr[] = [];
        const collect = (part: SyntaxNode) => {
          for (const item of children(part)) {
            if (item.name === 'SelectArgs') collect(item);
            else if (item.name === 'FieldExpression') fields.push(this.field(item));
          }
        };
        collect(node);
        return [{ type: 'select', fields }];
      }
      default:
        return this.unsupported(node, `the expression ${JSON.stringify(this.slice(node))}`);
    }
  }

  private scalarFilter(node: SyntaxNode): Stage {
    const [left, right] = children(node).filter((part) => part.name === 'ScalarExpression');
    const opNode = requireChild(node, 'ComparisonOp');
    if (!left || !right) throw new QueryError('malformed scalar filter', node.from, node.to, 'syntax');
    const aggregate = requireChild(left, 'Aggregate');
    const fieldNode = child(aggregate, 'FieldExpression');
    const name = (
      child(aggregate, 'AggregateExpression')
        ? this.slice(requireChild(aggregate, 'AggregateExpression'))
        : 'count'
    ) as Aggregate;
    if (!['count', 'avg', 'max', 'min', 'sum'].includes(name))
      this.unsupported(aggregate, `the aggregate ${name}()`);
    const value = this.staticValue(right);
    const op = this.slice(opNode) as ComparisonOp;
    return {
      type: 'scalar-filter',
      aggregate: name,
      field: fieldNode ? this.field(fieldNode) : null,
      op,
      value,
    };
  }

  /** Flattens a chain of field operations and rebuilds it with precedence. */
  private field(node: SyntaxNode): FieldExpr {
    const operands: Operand[] = [];
    const operators: { op: FieldOp; node: SyntaxNode }[] = [];
    const flatten = (part: SyntaxNode, prefixes: ('!' | '-')[]) => {
      const inner = children(part);
      const first = inner[0];
      if (part.name !== 'FieldExpression' || !first) {
        operands.push({ node: part, prefixes });
        return;
      }
      const lead = this.text.slice(part.from, first.from).trim();
      if (lead === '(') {
        operands.push({ node: part, prefixes });
        return;
      }
      if (lead === '!' || lead === '-') {
        flatten(first, [...prefixes, lead]);
        return;
      }
      if (inner.length === 1) {
        flatten(first, prefixes);
        return;
      }
      const opNode = inner.find(
        (item) => item.name === 'FieldOp' || item.name === 'And' || item.name === 'Or',
      );
      const right = inner[inner.length - 1];
      if (!opNode || !right || inner.length !== 3)
        throw new QueryError('malformed field expression', part.from, part.to, 'syntax');
      flatten(first, prefixes);
      operators.push({ op: this.slice(opNode) as FieldOp, node: opNode });
      flatten(right, []);
    };
    flatten(node, []);
    return nestByPrecedence<{ op: FieldOp; node: SyntaxNode }, FieldExpr>(
      operators,
      (index) => this.operand(operands[index] as Operand),
      ({ op, node: opNode }) => PRECEDENCE[op] ?? this.unsupported(opNode, `the operator ${op}`),
      ({ op, node: opNode }, left, right) => ({
        type: 'binary',
        op,
        left,
        right,
        regex: op === '=~' || op === '!~' ? this.regex(right, opNode) : null,
      }),
    );
  }

  private regex(expr: FieldExpr, node: SyntaxNode): RegExp {
    if (expr.type !== 'static' || expr.value.type !== 'string')
      throw new QueryError('a regular expression must be a string', node.from, node.to, 'type');
    const regex = goRegexp(expr.value.value, { anchored: true });
    if (!regex)
      throw new QueryError(
        `invalid regular expression ${JSON.stringify(expr.value.value)}`,
        node.from,
        node.to,
        'regex',
      );
    return regex;
  }

  private operand({ node, prefixes }: Operand): FieldExpr {
    let expr = this.atom(node);
    for (const prefix of [...prefixes].reverse()) {
      if (
        prefix === '-' &&
        expr.type === 'static' &&
        (expr.value.type === 'number' || expr.value.type === 'duration')
      )
        expr = { type: 'static', value: { ...expr.value, value: -expr.value.value } };
      else expr = { type: prefix === '!' ? 'not' : 'negate', expr };
    }
    return expr;
  }

  private atom(node: SyntaxNode): FieldExpr {
    this.checkSupported(node);
    if (node.name === 'FieldExpression') {
      const inner = node.firstChild;
      if (!inner) throw new QueryError('empty expression', node.from, node.to, 'syntax');
      if (this.text.slice(node.from, inner.from).trim() === '(') return this.field(inner);
      return this.atom(inner);
    }
    switch (node.name) {
      case 'Static':
        return { type: 'static', value: this.staticValue(node) };
      case 'IntrinsicField': {
        const text = this.slice(node);
        const name = INTRINSICS[text];
        if (!name) this.unsupported(node, `the intrinsic ${text}`);
        return { type: 'intrinsic', name, text };
      }
      case 'AttributeField': {
        for (const part of children(node)) this.checkSupported(part);
        const identifier = requireChild(node, 'Identifier');
        const raw = this.slice(identifier);
        const name = raw.startsWith('"') ? unquote(this.text, identifier) : raw;
        const scope = child(node, 'Span') ? 'span' : child(node, 'Resource') ? 'resource' : 'any';
        return { type: 'attribute', scope, name, text: this.slice(node) };
      }
      default:
        return this.unsupported(node, `the expression ${JSON.stringify(this.slice(node))}`);
    }
  }

  private staticValue(node: SyntaxNode): Value {
    const inner = node.firstChild;
    const text = this.slice(node).trim();
    switch (inner?.name) {
      case 'String':
        return { type: 'string', value: unquote(this.text, inner) };
      case 'Integer':
      case 'Float':
        return { type: 'number', value: Number(this.slice(inner)) };
      case 'Duration': {
        const ms = parseDuration(this.slice(inner));
        if (ms === null)
          throw new QueryError(
            `bad duration ${JSON.stringify(this.slice(inner))}`,
            inner.from,
            inner.to,
            'syntax',
          );
        return { type: 'duration', value: Math.round(ms * 1e6) };
      }
    }
    if (text === 'true' || text === 'false') return { type: 'boolean', value: text === 'true' };
    if (text === 'nil') return { type: 'nil' };
    if (text === 'error' || text === 'ok' || text === 'unset') return { type: 'status', value: text };
    if ((KINDS as readonly string[]).includes(text)) return { type: 'kind', value: text as KindValue };
    if (/^-?\d+(\.\d+)?$/.test(text)) return { type: 'number', value: Number(text) };
    return this.unsupported(node, `the value ${JSON.stringify(text)}`);
  }
}
