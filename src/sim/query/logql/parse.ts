/**
 * Parses LogQL with the official Lezer grammar (@grafana/lezer-logql) into
 * the expressions of ast.ts. The grammar leaves binary operators without
 * precedence, so chains of them are rebuilt with Loki's (`or` < `and`,
 * `unless` < comparisons < `+ -` < `* / %` < `^`). Stages the simulator does
 * not evaluate (`pattern`, `unpack`, `ip()`, `label_replace`, …) are
 * `unsupported` errors naming the construct.
 */
import { parser } from '@grafana/lezer-logql';
import type { LabelMatcher, MatchOp } from '../../store/labels';
import { labelMatcher } from '../../store/labels';
import { goRegexp } from '../../../check/samples/go-regexp';
import type { AggregationOp, Grouping } from '../common/aggregation';
import { AGGREGATION_OPS, PARAMETRIC_AGGREGATIONS } from '../common/aggregation';
import type { BinaryOp, VectorMatching } from '../common/binary';
import { DEFAULT_MATCHING, isComparison } from '../common/binary';
import { parseDuration } from '../common/duration';
import { QueryError } from '../common/source';
import type { SyntaxNode } from '../common/tree';
import { child, children, firstSyntaxError, requireChild, unquote } from '../common/tree';
import type {
  ComparisonOp,
  LabelFilter,
  LogQuery,
  MetricQuery,
  Query,
  RangeAggregation,
  RangeOp,
  Stage,
  Unwrap,
} from './ast';
import { parseJsonPath } from './json';
import { parseTemplate } from './template';
import type { Template } from './template';
import { parseBytes } from './units';

const MATCH_OPS: Readonly<Record<string, MatchOp>> = { Eq: '=', Neq: '!=', Re: '=~', Nre: '!~' };

const COMPARISONS: Readonly<Record<string, ComparisonOp>> = {
  Gtr: '>',
  Gte: '>=',
  Lss: '<',
  Lte: '<=',
  Eql: '==',
  Eq: '==',
  Neq: '!=',
};

const BINARY_OPS: Readonly<Record<string, BinaryOp>> = {
  Add: '+',
  Sub: '-',
  Mul: '*',
  Div: '/',
  Mod: '%',
  Pow: '^',
  Eql: '==',
  Neq: '!=',
  Gtr: '>',
  Gte: '>=',
  Lss: '<',
  Lte: '<=',
  And: 'and',
  Or: 'or',
  Unless: 'unless',
};

const PRECEDENCE: Readonly<Record<BinaryOp, number>> = {
  or: 1,
  and: 2,
  unless: 2,
  '==': 3,
  '!=': 3,
  '>': 3,
  '>=': 3,
  '<': 3,
  '<=': 3,
  '+': 4,
  '-': 4,
  '*': 5,
  '/': 5,
  '%': 5,
  '^': 6,
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

const UNSUPPORTED_STAGES: Readonly<Record<string, string>> = {
  Unpack: 'the unpack parser',
  Pattern: 'the pattern parser',
  IpLabelFilter: 'ip() label filters',
  LabelReplaceExpr: 'label_replace()',
  LabelAggregationExpr: 'approx_count_distinct',
};

/** Parses a query (after variable substitution); throws QueryError. */
export function parseLogQL(text: string): Query {
  const tree = parser.parse(text);
  const syntaxError = firstSyntaxError(tree, text);
  if (syntaxError) throw syntaxError;
  const expr = tree.topNode.firstChild;
  if (!expr) throw new QueryError('empty query', 0, text.length, 'syntax');
  return new Builder(text).query(expr);
}

type Operand = { node: SyntaxNode };
type Operator = { op: BinaryOp; modifier: SyntaxNode | null; node: SyntaxNode };

class Builder {
  constructor(private readonly text: string) {}

  private slice(node: SyntaxNode): string {
    return this.text.slice(node.from, node.to);
  }

  private unsupported(node: SyntaxNode, what: string): never {
    throw new QueryError(`${what} is not supported`, node.from, node.to, 'unsupported');
  }

  query(node: SyntaxNode): Query {
    const inner = node.name === 'Expr' ? (node.firstChild as SyntaxNode) : node;
    if (inner.name === 'LogExpr') return this.logQuery(inner);
    return this.metric(inner);
  }

  // Log queries

  private logQuery(node: SyntaxNode): LogQuery {
    const nested = child(node, 'LogExpr');
    if (nested) return this.logQuery(nested);
    const selector = requireChild(node, 'Selector');
    const pipeline = child(node, 'PipelineExpr');
    return {
      type: 'log',
      matchers: this.selector(selector),
      stages: pipeline ? this.pipeline(pipeline) : [],
      from: node.from,
      to: node.to,
    };
  }

  private selector(node: SyntaxNode): LabelMatcher[] {
    const matchers: LabelMatcher[] = [];
    const collect = (list: SyntaxNode) => {
      for (const item of children(list)) {
        if (item.name === 'Matchers') collect(item);
        else if (item.name === 'Matcher') matchers.push(this.matcher(item));
      }
    };
    const list = child(node, 'Matchers');
    if (list) collect(list);
    if (matchers.every((matcher) => matcher.matches('')))
      throw new QueryError(
        'queries require at least one regexp or equality matcher that does not have an empty-compatible value. For instance, app=~".*" does not meet this requirement, but app=~".+" will',
        node.from,
        node.to,
        'syntax',
      );
    return matchers;
  }

  private matcher(node: SyntaxNode): LabelMatcher {
    const name = requireChild(node, 'Identifier');
    const opNode = child(node, 'Eq', 'Neq', 'Re', 'Nre');
    const value = requireChild(node, 'String');
    const op = opNode ? MATCH_OPS[opNode.name] : undefined;
    if (!op) throw new QueryError('malformed matcher', node.from, node.to, 'syntax');
    const result = labelMatcher(this.slice(name), op, unquote(this.slice(value)));
    if (!result.ok) throw new QueryError(result.error, value.from, value.to, 'regex');
    return result.matcher;
  }

  private pipeline(node: SyntaxNode): Stage[] {
    const stages: Stage[] = [];
    for (const part of children(node)) {
      if (part.name === 'PipelineExpr') stages.push(...this.pipeline(part));
      else if (part.name === 'PipelineStage') stages.push(...this.stage(part));
    }
    return stages;
  }

  private stage(node: SyntaxNode): Stage[] {
    const filters = child(node, 'LineFilters');
    if (filters) return this.lineFilters(filters);
    const body = children(node).find((part) => part.name !== 'Pipe');
    if (!body) throw new QueryError('empty pipeline stage', node.from, node.to, 'syntax');
    const unsupported = UNSUPPORTED_STAGES[body.name] ?? UNSUPPORTED_STAGES[body.firstChild?.name ?? ''];
    if (unsupported) this.unsupported(body, unsupported);
    const span = { from: node.from, to: node.to };
    switch (body.name) {
      case 'LogfmtParser':
      case 'LogfmtExpressionParser':
        return [
          { type: 'logfmt', ...this.logfmtFlags(body), extractions: this.logfmtExtractions(body), ...span },
        ];
      case 'JsonExpressionParser':
        return [{ type: 'json', extractions: this.jsonExtractions(body), ...span }];
      case 'LabelParser':
        return [this.labelParser(body, span)];
      case 'LabelFilter':
        return [{ type: 'label-filter', filter: this.labelFilter(body), ...span }];
      case 'LineFormatExpr':
        return [{ type: 'line-format', template: this.template(requireChild(body, 'String')), ...span }];
      case 'LabelFormatExpr':
        return [
          {
            type: 'label-format',
            operations: this.labelFormats(requireChild(body, 'LabelsFormat')),
            ...span,
          },
        ];
      case 'DropLabelsExpr':
      case 'KeepLabelsExpr':
        return [
          {
            type: body.name === 'DropLabelsExpr' ? 'drop' : 'keep',
            labels: this.labelSelection(body),
            ...span,
          },
        ];
      case 'DecolorizeExpr':
        return [{ type: 'decolorize', ...span }];
      default:
        return this.unsupported(body, `the pipeline stage ${JSON.stringify(this.slice(body))}`);
    }
  }

  private lineFilters(node: SyntaxNode): Stage[] {
    const stages: Stage[] = [];
    for (const part of children(node)) {
      if (part.name === 'LineFilters') stages.push(...this.lineFilters(part));
      else if (part.name === 'LineFilter') stages.push(this.lineFilter(part));
    }
    return stages;
  }

  private lineFilter(node: SyntaxNode): Stage {
    const filter = requireChild(node, 'Filter');
    const opName = filter.firstChild?.name;
    const op =
      opName === 'PipeExact'
        ? '|='
        : opName === 'Neq'
          ? '!='
          : opName === 'PipeMatch'
            ? '|~'
            : opName === 'Nre'
              ? '!~'
              : null;
    if (!op) this.unsupported(node, `the line filter ${this.slice(filter)}`);
    if (child(node, 'FilterOp', 'Ip')) this.unsupported(node, 'ip() line filters');
    const strings: SyntaxNode[] = [];
    const collect = (part: SyntaxNode) => {
      for (const item of children(part)) {
        if (item.name === 'String') strings.push(item);
        else if (item.name === 'OrFilter') collect(item);
      }
    };
    collect(node);
    const values = strings.map((string) => unquote(this.slice(string)));
    const regexes: RegExp[] = [];
    if (op === '|~' || op === '!~')
      strings.forEach((string, index) => {
        const regex = goRegexp(values[index] ?? '');
        if (!regex)
          throw new QueryError(
            `invalid regular expression ${JSON.stringify(values[index])}`,
            string.from,
            string.to,
            'regex',
          );
        regexes.push(regex);
      });
    return { type: 'line-filter', op, values, regexes, from: node.from, to: node.to };
  }

  private logfmtFlags(node: SyntaxNode): { strict: boolean; keepEmpty: boolean } {
    const flags: string[] = [];
    const collect = (part: SyntaxNode) => {
      for (const item of children(part)) {
        if (item.name === 'LogfmtParserFlags') collect(item);
        else if (item.name === 'ParserFlag') flags.push(this.slice(item));
      }
    };
    collect(node);
    return { strict: flags.includes('--strict'), keepEmpty: flags.includes('--keep-empty') };
  }

  private extractionList(node: SyntaxNode): { label: string; expression: string; node: SyntaxNode }[] {
    const result: { label: string; expression: string; node: SyntaxNode }[] = [];
    const collect = (part: SyntaxNode) => {
      for (const item of children(part)) {
        if (item.name === 'LabelExtractionExpressionList') collect(item);
        else if (item.name === 'LabelExtractionExpression') {
          const label = this.slice(requireChild(item, 'Identifier'));
          const expression = child(item, 'String');
          result.push({
            label,
            expression: expression ? unquote(this.slice(expression)) : label,
            node: item,
          });
        }
      }
    };
    collect(node);
    return result;
  }

  private logfmtExtractions(node: SyntaxNode): { label: string; key: string }[] | null {
    const list = child(node, 'LabelExtractionExpressionList');
    return list
      ? this.extractionList(list).map(({ label, expression }) => ({ label, key: expression }))
      : null;
  }

  private jsonExtractions(node: SyntaxNode): { label: string; path: (string | number)[] }[] {
    return this.extractionList(requireChild(node, 'LabelExtractionExpressionList')).map(
      ({ label, expression, node: item }) => {
        const path = parseJsonPath(expression);
        if (!path)
          throw new QueryError(`cannot parse expression [${expression}]`, item.from, item.to, 'syntax');
        return { label, path };
      },
    );
  }

  private labelParser(node: SyntaxNode, span: { from: number; to: number }): Stage {
    const kind = node.firstChild?.name;
    if (kind === 'Json') return { type: 'json', extractions: null, ...span };
    if (kind === 'Logfmt')
      return { type: 'logfmt', strict: false, keepEmpty: false, extractions: null, ...span };
    if (kind !== 'Regexp') return this.unsupported(node, `the ${this.slice(node)} parser`);
    const string = requireChild(node, 'String');
    const source = unquote(this.slice(string));
    const regex = goRegexp(source);
    if (!regex)
      throw new QueryError(
        `invalid regular expression ${JSON.stringify(source)}`,
        string.from,
        string.to,
        'regex',
      );
    const names = [...source.matchAll(/\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/g)].map(
      (match) => match[1] as string,
    );
    if (names.length === 0)
      throw new QueryError('at least one named capture must be supplied', string.from, string.to, 'syntax');
    return { type: 'regexp', regex, names, ...span };
  }

  private labelFilter(node: SyntaxNode): LabelFilter {
    const parts = children(node);
    const nested = parts.filter((part) => part.name === 'LabelFilter');
    if (nested.length === 1 && parts.length === 1) return this.labelFilter(nested[0] as SyntaxNode);
    if (nested.length === 2) {
      const type = parts.some((part) => part.name === 'Or') ? 'or' : 'and';
      return {
        type,
        left: this.labelFilter(nested[0] as SyntaxNode),
        right: this.labelFilter(nested[1] as SyntaxNode),
      };
    }
    const leaf = parts[0];
    if (!leaf) throw new QueryError('empty label filter', node.from, node.to, 'syntax');
    switch (leaf.name) {
      case 'Matcher':
        return { type: 'matcher', matcher: this.matcher(leaf) };
      case 'NumberFilter':
        return this.comparison(leaf, 'number');
      case 'UnitFilter': {
        const unit = leaf.firstChild as SyntaxNode;
        return this.comparison(unit, unit.name === 'DurationFilter' ? 'duration' : 'bytes');
      }
      case 'IpLabelFilter':
        return this.unsupported(leaf, 'ip() label filters');
      default:
        return this.unsupported(leaf, `the label filter ${JSON.stringify(this.slice(leaf))}`);
    }
  }

  private comparison(node: SyntaxNode, type: 'number' | 'duration' | 'bytes'): LabelFilter {
    const name = this.slice(requireChild(node, 'Identifier'));
    const opNode = children(node).find((part) => COMPARISONS[part.name] !== undefined);
    if (!opNode) throw new QueryError('malformed comparison', node.from, node.to, 'syntax');
    const op = COMPARISONS[opNode.name] as ComparisonOp;
    const valueNode = node.lastChild as SyntaxNode;
    const text = this.slice(valueNode).replace(/\s+/g, '');
    let value: number | null;
    if (type === 'number') value = Number(text);
    else if (type === 'duration')
      value = ((parseDuration(text.replace(/^[+-]/, '')) ?? NaN) / 1000) * (text.startsWith('-') ? -1 : 1);
    else value = parseBytes(text);
    if (value === null || Number.isNaN(value))
      throw new QueryError(`bad ${type} ${JSON.stringify(text)}`, valueNode.from, valueNode.to, 'syntax');
    return { type, name, op, value };
  }

  private template(node: SyntaxNode): Template {
    const result = parseTemplate(unquote(this.slice(node)));
    if (!result.ok) throw new QueryError(result.error, node.from, node.to, 'unsupported');
    return result.template;
  }

  private labelFormats(
    node: SyntaxNode,
  ): ({ target: string; source: string } | { target: string; template: Template })[] {
    const operations: ({ target: string; source: string } | { target: string; template: Template })[] = [];
    for (const part of children(node)) {
      if (part.name === 'LabelsFormat') operations.push(...this.labelFormats(part));
      if (part.name !== 'LabelFormatMatcher') continue;
      const [target, , value] = children(part);
      if (!target || !value) throw new QueryError('malformed label_format', part.from, part.to, 'syntax');
      const targetName = this.slice(target);
      if (value.name === 'Identifier') operations.push({ target: targetName, source: this.slice(value) });
      else operations.push({ target: targetName, template: this.template(value) });
    }
    return operations;
  }

  private labelSelection(node: SyntaxNode): { name: string; matcher: LabelMatcher | null }[] {
    const result: { name: string; matcher: LabelMatcher | null }[] = [];
    const collect = (part: SyntaxNode) => {
      for (const item of children(part)) {
        if (item.name === 'DropLabels' || item.name === 'KeepLabels') collect(item);
        else if (item.name === 'DropLabel' || item.name === 'KeepLabel') {
          const matcherNode = child(item, 'Matcher');
          if (matcherNode) {
            const matcher = this.matcher(matcherNode);
            result.push({ name: matcher.name, matcher });
          } else {
            result.push({ name: this.slice(requireChild(item, 'Identifier')), matcher: null });
          }
        }
      }
    };
    collect(node);
    return result;
  }

  // Metric queries

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
          UNSUPPORTED_STAGES[node.name] ?? `the expression ${JSON.stringify(this.slice(node))}`,
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
      const opNode = rest.find((item) => BINARY_OPS[item.name] !== undefined);
      const right = rest[rest.length - 1];
      if (!opNode || !right)
        throw new QueryError('malformed binary expression', binary.from, binary.to, 'syntax');
      operators.push({
        op: BINARY_OPS[opNode.name] as BinaryOp,
        modifier: child(binary, 'BinOpModifier'),
        node: opNode,
      });
      flatten(right);
    };
    flatten(node);
    let position = 0;
    const parse = (minimum: number): MetricQuery => {
      let left = this.metric((operands[position] as Operand).node);
      while (position < operators.length) {
        const operator = operators[position] as Operator;
        const precedence = PRECEDENCE[operator.op];
        if (precedence < minimum) break;
        position++;
        const right = parse(operator.op === '^' ? precedence : precedence + 1);
        left = this.binary(operator, left, right);
      }
      return left;
    };
    return parse(0);
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
