/**
 * Parses PromQL with the official Lezer grammar (@prometheus-io/lezer-promql)
 * into the expressions of ast.ts, checking types as Prometheus does.
 * Syntax the simulator does not evaluate (`@`, `atan2`,
 * duration arithmetic, functions outside functions.ts) is an `unsupported`
 * error naming the construct.
 */
import { parser } from '@prometheus-io/lezer-promql';
import type { LabelMatcher, MatchOp } from '../../store/labels';
import { labelMatcher } from '../../store/labels';
import type { AggregationOp, Grouping } from '../common/aggregation';
import { AGGREGATION_OPS, PARAMETRIC_AGGREGATIONS } from '../common/aggregation';
import type { BinaryOp, VectorMatching } from '../common/binary';
import { BINARY_OP_NODES, DEFAULT_MATCHING, isComparison, isSetOp } from '../common/binary';
import { parseDuration } from '../common/duration';
import { QueryError } from '../common/source';
import type { SyntaxNode } from '../common/tree';
import { child, children, parseTop, requireChild, unquote } from '../common/tree';
import type { Expr, MatrixSelector, ValueType, VectorSelector } from './ast';
import { SIGNATURES } from './functions';

const MATCH_OPS: Readonly<Record<string, MatchOp>> = {
  EqlSingle: '=',
  Neq: '!=',
  EqlRegex: '=~',
  NeqRegex: '!~',
};

const UNSUPPORTED_NODES: Readonly<Record<string, string>> = {
  StepInvariantExpr: 'the @ modifier is not supported',
  AnchoredExpr: 'the anchored modifier is not supported',
  SmoothedExpr: 'the smoothed modifier is not supported',
  Atan2: 'the atan2 operator is not supported',
  FillModifier: 'fill modifiers are not supported',
};

/** Parses a query (after variable substitution); throws QueryError. */
export function parsePromQL(text: string): Expr {
  return new Builder(text).expr(parseTop(parser, text));
}

/** The type an expression evaluates to. */
export function typeOf(expr: Expr): ValueType {
  switch (expr.type) {
    case 'number':
      return 'scalar';
    case 'string':
      return 'string';
    case 'vector-selector':
    case 'aggregate':
      return 'vector';
    case 'matrix-selector':
    case 'subquery':
      return 'matrix';
    case 'call':
      return SIGNATURES[expr.name]?.returns ?? 'vector';
    case 'unary':
      return typeOf(expr.expr);
    case 'binary':
      return typeOf(expr.left) === 'scalar' && typeOf(expr.right) === 'scalar' ? 'scalar' : 'vector';
  }
}

const TYPE_NAMES: Readonly<Record<ValueType, string>> = {
  scalar: 'scalar',
  vector: 'instant vector',
  matrix: 'range vector',
  string: 'string',
};

export function typeName(type: ValueType): string {
  return TYPE_NAMES[type];
}

class Builder {
  constructor(private readonly text: string) {}

  private slice(node: SyntaxNode): string {
    return this.text.slice(node.from, node.to);
  }

  expr(node: SyntaxNode): Expr {
    const unsupported = UNSUPPORTED_NODES[node.name];
    if (unsupported) throw new QueryError(unsupported, node.from, node.to, 'unsupported');
    switch (node.name) {
      case 'ParenExpr':
        return this.expr(this.only(node));
      case 'NumberDurationLiteral':
        return { type: 'number', value: this.number(node), from: node.from, to: node.to };
      case 'StringLiteral':
        return { type: 'string', value: unquote(this.text, node), from: node.from, to: node.to };
      case 'VectorSelector':
        return this.vectorSelector(node);
      case 'MatrixSelector':
        return this.matrixSelector(node);
      case 'SubqueryExpr':
        return this.subquery(node);
      case 'OffsetExpr':
        return this.offset(node);
      case 'FunctionCall':
        return this.call(node);
      case 'AggregateExpr':
        return this.aggregate(node);
      case 'BinaryExpr':
        return this.binary(node);
      case 'UnaryExpr':
        return this.unary(node);
      default:
        throw new QueryError(`${node.name} expressions are not supported`, node.from, node.to, 'unsupported');
    }
  }

  private only(node: SyntaxNode): SyntaxNode {
    const inner = children(node);
    if (inner.length !== 1) throw new QueryError('expected one expression', node.from, node.to, 'syntax');
    return inner[0] as SyntaxNode;
  }

  private number(node: SyntaxNode): number {
    const text = this.slice(node);
    if (/^[+-]?0x[0-9a-f]+$/i.test(text)) return Number.parseInt(text, 16);
    if (/^[+-]?inf$/i.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
    if (/^[+-]?nan$/i.test(text)) return NaN;
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return Number(text);
    const duration = parseDuration(text);
    if (duration === null)
      throw new QueryError(`bad number or duration ${JSON.stringify(text)}`, node.from, node.to, 'syntax');
    return duration / 1000;
  }

  private duration(node: SyntaxNode): number {
    if (node.name === 'DurationExpr' || node.name === 'OffsetDurationExpr') {
      const inner = children(node);
      if (inner.length === 1) return this.duration(inner[0] as SyntaxNode);
      if (inner.length === 2 && inner[0]?.name === 'UnaryOp' && node.name === 'OffsetDurationExpr')
        return (this.slice(inner[0]) === '-' ? -1 : 1) * this.duration(inner[1] as SyntaxNode);
      throw new QueryError('duration arithmetic is not supported', node.from, node.to, 'unsupported');
    }
    const text = this.slice(node);
    const ms = parseDuration(text) ?? (/^\d+(\.\d+)?$/.test(text) ? Number(text) * 1000 : null);
    if (ms === null)
      throw new QueryError(`bad duration ${JSON.stringify(text)}`, node.from, node.to, 'syntax');
    return ms;
  }

  private vectorSelector(node: SyntaxNode): VectorSelector {
    const matchers: LabelMatcher[] = [];
    let metricName: string | null = null;
    const name = child(node, 'Identifier');
    if (name) metricName = this.slice(name);
    const list = child(node, 'LabelMatchers');
    for (const item of list ? children(list) : []) {
      if (item.name === 'QuotedLabelName') {
        if (metricName !== null)
          throw new QueryError('metric name must not be set twice', item.from, item.to, 'syntax');
        metricName = unquote(this.text, item);
        continue;
      }
      const label = child(item, 'LabelName', 'QuotedLabelName');
      if (!label) throw new QueryError('malformed label matcher', item.from, item.to, 'syntax');
      const labelName = label.name === 'QuotedLabelName' ? unquote(this.text, label) : this.slice(label);
      const opNode = requireChild(item, 'MatchOp').firstChild;
      const op = opNode ? MATCH_OPS[opNode.name] : undefined;
      const value = child(item, 'StringLiteral');
      if (!op || !value) throw new QueryError('malformed label matcher', item.from, item.to, 'syntax');
      if (labelName === '__name__' && metricName !== null && op === '=')
        throw new QueryError('metric name must not be set twice', item.from, item.to, 'syntax');
      matchers.push(this.matcher(labelName, op, unquote(this.text, value), item));
    }
    if (metricName !== null) matchers.unshift(this.matcher('__name__', '=', metricName, name ?? node));
    if (matchers.every((matcher) => matcher.matches('')))
      throw new QueryError(
        'vector selector must contain at least one non-empty matcher',
        node.from,
        node.to,
        'syntax',
      );
    return { type: 'vector-selector', matchers, offsetMs: 0, from: node.from, to: node.to };
  }

  private matcher(name: string, op: MatchOp, value: string, node: SyntaxNode): LabelMatcher {
    const result = labelMatcher(name, op, value);
    if (!result.ok) throw new QueryError(result.error, node.from, node.to, 'regex');
    return result.matcher;
  }

  private matrixSelector(node: SyntaxNode): MatrixSelector {
    const selectorNode = requireChild(node, 'VectorSelector');
    const selector = this.vectorSelector(selectorNode);
    const rangeMs = this.duration(requireChild(node, 'DurationExpr'));
    if (!(rangeMs > 0)) throw new QueryError('range must be positive', node.from, node.to, 'syntax');
    return { type: 'matrix-selector', selector, rangeMs, from: node.from, to: node.to };
  }

  private subquery(node: SyntaxNode): Expr {
    const [innerNode, ...rest] = children(node);
    if (!innerNode) throw new QueryError('malformed subquery', node.from, node.to, 'syntax');
    const expr = this.expr(innerNode);
    const type = typeOf(expr);
    if (type !== 'vector')
      throw new QueryError(
        `subquery is only allowed on instant vector, got ${typeName(type)}`,
        node.from,
        node.to,
        'type',
      );
    const [range, step] = rest.filter((part) => part.name === 'DurationExpr');
    if (!range) throw new QueryError('missing subquery range', node.from, node.to, 'syntax');
    const rangeMs = this.duration(range);
    const stepMs = step ? this.duration(step) : null;
    if (!(rangeMs > 0) || (stepMs !== null && !(stepMs > 0)))
      throw new QueryError('subquery range and step must be positive', node.from, node.to, 'syntax');
    return { type: 'subquery', expr, rangeMs, stepMs, offsetMs: 0, from: node.from, to: node.to };
  }

  private offset(node: SyntaxNode): Expr {
    const inner = this.expr(node.firstChild as SyntaxNode);
    const offsetMs = this.duration(requireChild(node, 'OffsetDurationExpr'));
    if (inner.type === 'subquery') return { ...inner, offsetMs, to: node.to };
    const selector =
      inner.type === 'matrix-selector' ? inner.selector : inner.type === 'vector-selector' ? inner : null;
    if (!selector)
      throw new QueryError(
        'offset modifier must be preceded by an instant vector selector or range vector selector or a subquery',
        node.from,
        node.to,
        'syntax',
      );
    selector.offsetMs = offsetMs;
    return { ...inner, to: node.to };
  }

  private call(node: SyntaxNode): Expr {
    const identifier = requireChild(node, 'FunctionIdentifier');
    const name = this.slice(identifier);
    const signature = SIGNATURES[name];
    if (!signature)
      throw new QueryError(
        `the function ${name}() is not supported`,
        identifier.from,
        identifier.to,
        'unsupported',
      );
    const args = this.arguments(requireChild(node, 'FunctionCallBody'));
    const required = signature.args.length - (signature.optional ?? 0);
    if (args.length < required || args.length > signature.args.length) {
      const expected =
        required === signature.args.length ? `${required}` : `${required} to ${signature.args.length}`;
      throw new QueryError(
        `expected ${expected} argument(s) in call to "${name}", got ${args.length}`,
        node.from,
        node.to,
        'type',
      );
    }
    args.forEach((arg, index) =>
      this.expectType(arg, signature.args[index] as ValueType, `call to function "${name}"`),
    );
    return { type: 'call', name, args, from: node.from, to: node.to };
  }

  private arguments(body: SyntaxNode): Expr[] {
    return children(body).map((arg) => this.expr(arg));
  }

  private aggregate(node: SyntaxNode): Expr {
    const opNode = requireChild(node, 'AggregateOp');
    const op = this.slice(opNode).toLowerCase() as AggregationOp;
    if (!AGGREGATION_OPS.includes(op))
      throw new QueryError(
        `the aggregation ${this.slice(opNode)} is not supported`,
        opNode.from,
        opNode.to,
        'unsupported',
      );
    const modifier = child(node, 'AggregateModifier');
    const grouping: Grouping | null = modifier
      ? {
          mode: child(modifier, 'Without') ? 'without' : 'by',
          labels: this.labelList(child(modifier, 'GroupingLabels')),
        }
      : null;
    const args = this.arguments(requireChild(node, 'FunctionCallBody'));
    const parametric = PARAMETRIC_AGGREGATIONS.includes(op);
    if (args.length !== (parametric ? 2 : 1))
      throw new QueryError(
        `wrong number of arguments for aggregate expression provided, expected ${parametric ? 2 : 1}, got ${args.length}`,
        node.from,
        node.to,
        'type',
      );
    const expr = args[args.length - 1] as Expr;
    const parameter = parametric ? (args[0] as Expr) : null;
    if (parameter) this.expectType(parameter, 'scalar', 'aggregation parameter');
    this.expectType(expr, 'vector', 'aggregation expression');
    return { type: 'aggregate', op, grouping, parameter, expr, from: node.from, to: node.to };
  }

  private labelList(node: SyntaxNode | null): string[] {
    if (!node) return [];
    return children(node).map((label) =>
      label.name === 'QuotedLabelName' ? unquote(this.text, label) : this.slice(label),
    );
  }

  private binary(node: SyntaxNode): Expr {
    const parts = children(node);
    for (const part of parts) {
      const unsupported = UNSUPPORTED_NODES[part.name];
      if (unsupported) throw new QueryError(unsupported, part.from, part.to, 'unsupported');
    }
    const opNode = parts.find((part) => BINARY_OP_NODES[part.name] !== undefined);
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (!opNode || !first || !last || first === opNode)
      throw new QueryError('malformed binary expression', node.from, node.to, 'syntax');
    const op = BINARY_OP_NODES[opNode.name] as BinaryOp;
    const left = this.expr(first);
    const right = this.expr(last);
    const returnBool = parts.some((part) => part.name === 'BoolModifier');
    const clause = parts.find((part) => part.name === 'MatchingModifierClause');
    const matching = clause ? this.matching(clause) : DEFAULT_MATCHING;
    this.checkBinary(node, op, left, right, returnBool, clause !== undefined, matching);
    return { type: 'binary', op, left, right, matching, returnBool, from: node.from, to: node.to };
  }

  private matching(clause: SyntaxNode): VectorMatching {
    const parts = children(clause);
    const on = parts.some((part) => part.name === 'On');
    const lists = parts.filter((part) => part.name === 'GroupingLabels');
    const group = parts.some((part) => part.name === 'GroupLeft')
      ? 'left'
      : parts.some((part) => part.name === 'GroupRight')
        ? 'right'
        : 'none';
    const labels = this.labelList(lists[0] ?? null);
    const include = this.labelList(lists[1] ?? null);
    for (const name of include)
      if (labels.includes(name) && on)
        throw new QueryError(
          `label "${name}" must not occur in ON and GROUP clause at once`,
          clause.from,
          clause.to,
          'syntax',
        );
    return { on, labels, group, include };
  }

  private checkBinary(
    node: SyntaxNode,
    op: BinaryOp,
    left: Expr,
    right: Expr,
    returnBool: boolean,
    hasMatching: boolean,
    matching: VectorMatching,
  ): void {
    const leftType = typeOf(left);
    const rightType = typeOf(right);
    for (const type of [leftType, rightType])
      if (type !== 'scalar' && type !== 'vector')
        throw new QueryError(
          'binary expression must contain only scalar and instant vector types',
          node.from,
          node.to,
          'type',
        );
    if (returnBool && !isComparison(op))
      throw new QueryError(
        'bool modifier can only be used on comparison operators',
        node.from,
        node.to,
        'syntax',
      );
    const scalars = leftType === 'scalar' && rightType === 'scalar';
    if (scalars && isComparison(op) && !returnBool)
      throw new QueryError('comparisons between scalars must use BOOL modifier', node.from, node.to, 'type');
    if (isSetOp(op) && (leftType === 'scalar' || rightType === 'scalar'))
      throw new QueryError(
        `set operator "${op}" not allowed in binary scalar expression`,
        node.from,
        node.to,
        'type',
      );
    if (hasMatching && (leftType === 'scalar' || rightType === 'scalar'))
      throw new QueryError(
        'vector matching only allowed between instant vectors',
        node.from,
        node.to,
        'type',
      );
    if (isSetOp(op) && matching.group !== 'none')
      throw new QueryError(`no grouping allowed for "${op}" operation`, node.from, node.to, 'syntax');
  }

  private unary(node: SyntaxNode): Expr {
    const opNode = requireChild(node, 'UnaryOp');
    const operand = node.lastChild as SyntaxNode;
    const expr = this.expr(operand);
    const type = typeOf(expr);
    if (type !== 'scalar' && type !== 'vector')
      throw new QueryError(
        'unary expression only allowed on expressions of type scalar or instant vector',
        node.from,
        node.to,
        'type',
      );
    const op = this.slice(opNode) === '-' ? '-' : '+';
    if (expr.type === 'number')
      return { ...expr, value: op === '-' ? -expr.value : expr.value, from: node.from };
    return { type: 'unary', op, expr, from: node.from, to: node.to };
  }

  private expectType(expr: Expr, expected: ValueType, context: string): void {
    const actual = typeOf(expr);
    if (actual !== expected)
      throw new QueryError(
        `expected type ${typeName(expected)} in ${context}, got ${typeName(actual)}`,
        expr.from,
        expr.to,
        'type',
      );
  }
}
