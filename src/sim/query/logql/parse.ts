/**
 * Parses LogQL with the official Lezer grammar (@grafana/lezer-logql) into
 * the expressions of ast.ts. The grammar leaves binary operators without
 * precedence, so chains of them are rebuilt with Loki's (`or` < `and`,
 * `unless` < comparisons < `+ -` < `* / %` < `^`). The log part is read
 * by PipelineParser; metric expressions the simulator does not evaluate
 * (`label_replace`, other range operations, …) are `unsupported` errors
 * naming the construct.
 */
import { parser } from '@grafana/lezer-logql';
import type { AggregationOp, Grouping } from '../common/aggregation';
import { AGGREGATION_OPS, PARAMETRIC_AGGREGATIONS } from '../common/aggregation';
import type { BinaryOp, VectorMatching } from '../common/binary';
import { BINARY_OP_NODES, DEFAULT_MATCHING, isComparison } from '../common/binary';
import { parseDuration } from '../common/duration';
import { nestByPrecedence, SHARED_PRECEDENCE } from '../common/precedence';
import { QueryError } from '../common/source';
import type { SyntaxNode } from '../common/tree';
import { child, children, parseTop, requireChild } from '../common/tree';
import type { LogQuery, MetricQuery, Query, RangeAggregation, RangeOp, Unwrap } from './ast';
import { PipelineParser } from './parse-pipeline';

const PRECEDENCE: Readonly<Record<BinaryOp, number>> = {
  or: 1,
  and: 2,
  unless: 2,
  '==': 3,
  ...SHARED_PRECEDENCE,
};

const RANGE_OPS: readonly RangeOp[] = [
  'count_over_time',
  'rate',
  'bytes_over_time',
  'bytes_rate',
  'sum_over_time',
  'avg_over_time',
  'min_over_time',
  'max_over_time',
  'first_over_time',
  'last_over_time',
];

/** Range operations over log lines; the others need `| unwrap`. */
const LOG_RANGE_OPS: ReadonlySet<RangeOp> = new Set([
  'count_over_time',
  'rate',
  'bytes_over_time',
  'bytes_rate',
]);

const UNSUPPORTED_EXPRESSIONS: Readonly<Record<string, string>> = {
  LabelReplaceExpr: 'label_replace()',
  LabelAggregationExpr: 'approx_count_distinct',
};

/** Parses a query (after variable substitution); throws QueryError. */
export function parseLogQL(text: string): Query {
  return new QueryParser(text).query(parseTop(parser, text));
}

type Operand = { node: SyntaxNode };
type Operator = { op: BinaryOp; modifier: SyntaxNode | null; node: SyntaxNode };

/** Metric queries over the log queries that PipelineParser reads. */
class QueryParser extends PipelineParser {
  query(node: SyntaxNode): Query {
    const inner = node.name === 'Expr' ? (node.firstChild as SyntaxNode) : node;
    if (inner.name === 'LogExpr') return this.logQuery(inner);
    return this.metric(inner);
  }

  private metric(node: SyntaxNode): MetricQuery {
    switch (node.name) {
      case 'Expr':
      case 'MetricExpr': {
        const inner = node.firstChild;
        if (!inner) throw new QueryError('empty expression', node.from, node.to, 'syntax');
        if (inner.name === 'LogExpr')
          throw new QueryError(
            'a log query cannot be used where a metric query is expected',
            inner.from,
            inner.to,
            'type',
          );
        return this.metric(inner);
      }
      case 'RangeAggregationExpr':
        return this.rangeAggregation(node);
      case 'VectorAggregationExpr':
        return this.vectorAggregation(node);
      case 'BinOpExpr':
        return this.binaryChain(node);
      case 'LiteralExpr':
        return { type: 'literal', value: this.literal(node), from: node.from, to: node.to };
      case 'VectorExpr':
        return {
          type: 'vector',
          value: Number(this.slice(requireChild(node, 'Number'))),
          from: node.from,
          to: node.to,
        };
      default:
        return this.unsupported(
          node,
          UNSUPPORTED_EXPRESSIONS[node.name] ?? `the expression ${JSON.stringify(this.slice(node))}`,
        );
    }
  }

  private literal(node: SyntaxNode): number {
    const value = Number(this.slice(requireChild(node, 'Number')));
    return child(node, 'Sub') ? -value : value;
  }

  private rangeAggregation(node: SyntaxNode): RangeAggregation {
    const opNode = requireChild(node, 'RangeOp');
    const op = this.slice(opNode) as RangeOp;
    if (!RANGE_OPS.includes(op)) this.unsupported(opNode, `the range aggregation ${this.slice(opNode)}`);
    const parts = this.logRange(requireChild(node, 'LogRangeExpr'));
    const groupingNode = child(node, 'Grouping');
    const grouping = groupingNode ? this.grouping(groupingNode) : null;
    if (LOG_RANGE_OPS.has(op) && parts.unwrap && op !== 'rate')
      throw new QueryError(`invalid aggregation ${op} with unwrap`, node.from, node.to, 'type');
    if (!LOG_RANGE_OPS.has(op) && !parts.unwrap)
      throw new QueryError(`invalid aggregation ${op} without unwrap`, node.from, node.to, 'type');
    if (grouping && !parts.unwrap)
      throw new QueryError(
        `grouping not allowed for ${op} aggregation`,
        groupingNode?.from ?? node.from,
        node.to,
        'type',
      );
    return { type: 'range', op, ...parts, grouping, from: node.from, to: node.to };
  }

  private logRange(node: SyntaxNode): Pick<RangeAggregation, 'log' | 'rangeMs' | 'offsetMs' | 'unwrap'> {
    const nested = child(node, 'LogRangeExpr');
    const inner = nested ? this.logRange(nested) : null;
    const selector = child(node, 'Selector');
    const pipeline = child(node, 'PipelineExpr');
    const range = child(node, 'Range');
    const offset = child(node, 'OffsetExpr');
    const unwrap = child(node, 'UnwrapExpr');
    const log: LogQuery = inner?.log ?? {
      type: 'log',
      matchers: this.selector(selector ?? requireChild(node, 'Selector')),
      stages: pipeline ? this.pipeline(pipeline) : [],
      from: node.from,
      to: node.to,
    };
    if (inner && pipeline) log.stages = [...log.stages, ...this.pipeline(pipeline)];
    const rangeMs = range ? this.duration(requireChild(range, 'Duration')) : inner?.rangeMs;
    if (rangeMs === undefined) throw new QueryError('missing range', node.from, node.to, 'syntax');
    return {
      log,
      rangeMs,
      offsetMs: offset ? this.duration(requireChild(offset, 'Duration')) : (inner?.offsetMs ?? 0),
      unwrap: unwrap ? this.unwrap(unwrap) : (inner?.unwrap ?? null),
    };
  }

  private unwrap(node: SyntaxNode): Unwrap {
    const nested = child(node, 'UnwrapExpr');
    if (nested) {
      const base = this.unwrap(nested);
      return { ...base, filters: [...base.filters, this.labelFilter(requireChild(node, 'LabelFilter'))] };
    }
    const conversion = child(node, 'ConvOp');
    const kind = conversion?.firstChild?.name;
    return {
      label: this.slice(requireChild(node, 'Identifier')),
      conversion:
        kind === 'BytesConv'
          ? 'bytes'
          : kind === 'DurationConv' || kind === 'DurationSecondsConv'
            ? 'duration'
            : 'none',
      filters: [],
    };
  }

  private duration(node: SyntaxNode): number {
    const ms = parseDuration(this.slice(node));
    if (ms === null || ms <= 0)
      throw new QueryError(`bad duration ${JSON.stringify(this.slice(node))}`, node.from, node.to, 'syntax');
    return ms;
  }

  private grouping(node: SyntaxNode): Grouping {
    const labels: string[] = [];
    const collect = (part: SyntaxNode) => {
      for (const item of children(part)) {
        if (item.name === 'Labels') collect(item);
        else if (item.name === 'Identifier') labels.push(this.slice(item));
      }
    };
    collect(node);
    return { mode: child(node, 'Without') ? 'without' : 'by', labels };
  }

  private vectorAggregation(node: SyntaxNode): MetricQuery {
    const opNode = requireChild(node, 'VectorOp');
    const op = this.slice(opNode) as AggregationOp;
    if (!AGGREGATION_OPS.includes(op)) this.unsupported(opNode, `the aggregation ${this.slice(opNode)}`);
    const groupingNode = child(node, 'Grouping');
    const parameterNode = child(node, 'Number');
    const parametric = PARAMETRIC_AGGREGATIONS.includes(op);
    if (parametric !== (parameterNode !== null))
      throw new QueryError(
        parametric ? `parameter required for operation ${op}` : `unsupported parameter for operation ${op}`,
        node.from,
        node.to,
        'type',
      );
    return {
      type: 'aggregate',
      op,
      grouping: groupingNode ? this.grouping(groupingNode) : null,
      parameter: parameterNode ? Number(this.slice(parameterNode)) : NaN,
      expr: this.metric(requireChild(node, 'MetricExpr')),
      from: node.from,
      to: node.to,
    };
  }

  /** Flattens a chain of binary operations and rebuilds it with precedence. */
  private binaryChain(node: SyntaxNode): MetricQuery {
    const operands: Operand[] = [];
    const operators: Operator[] = [];
    const flatten = (part: SyntaxNode) => {
      const expr = part.name === 'Expr' ? part.firstChild : part;
      const binary = expr?.name === 'MetricExpr' ? expr.firstChild : expr;
      if (binary?.name !== 'BinOpExpr') {
        operands.push({ node: part });
        return;
      }
      const items = children(binary);
      const [left, ...rest] = items;
      if (!left) return;
      flatten(left);
      const opNode = rest.find((item) => BINARY_OP_NODES[item.name] !== undefined);
      const right = rest[rest.length - 1];
      if (!opNode || !right)
        throw new QueryError('malformed binary expression', binary.from, binary.to, 'syntax');
      operators.push({
        op: BINARY_OP_NODES[opNode.name] as BinaryOp,
        modifier: child(binary, 'BinOpModifier'),
        node: opNode,
      });
      flatten(right);
    };
    flatten(node);
    return nestByPrecedence(
      operators,
      (index) => this.metric((operands[index] as Operand).node),
      (operator) => PRECEDENCE[operator.op],
      (operator, left, right) => this.binary(operator, left, right),
    );
  }

  private binary(operator: Operator, left: MetricQuery, right: MetricQuery): MetricQuery {
    const modifier = operator.modifier;
    const returnBool = modifier ? child(modifier, 'Bool') !== null : false;
    const matching = modifier ? this.matching(modifier) : DEFAULT_MATCHING;
    if (returnBool && !isComparison(operator.op))
      throw new QueryError(
        'bool modifier can only be used on comparison operators',
        operator.node.from,
        operator.node.to,
        'syntax',
      );
    return {
      type: 'binary',
      op: operator.op,
      left,
      right,
      matching,
      returnBool,
      from: left.from,
      to: right.to,
    };
  }

  private matching(modifier: SyntaxNode): VectorMatching {
    const names = (node: SyntaxNode | null): string[] => {
      const result: string[] = [];
      const collect = (part: SyntaxNode) => {
        for (const item of children(part)) {
          if (item.name === 'GroupingLabelList' || item.name === 'GroupingLabels') collect(item);
          else if (item.name === 'GroupingLabel' || item.name === 'LabelName' || item.name === 'Identifier')
            result.push(this.slice(item));
        }
      };
      if (node) collect(node);
      return result;
    };
    const onOrIgnoring = child(modifier, 'OnOrIgnoringModifier');
    const group = child(modifier, 'GroupLeft') ? 'left' : child(modifier, 'GroupRight') ? 'right' : 'none';
    return {
      on: onOrIgnoring ? child(onOrIgnoring, 'On') !== null : false,
      labels: onOrIgnoring ? names(child(onOrIgnoring, 'GroupingLabels')) : [],
      group,
      include: names(child(modifier, 'GroupingLabels')),
    };
  }
}
