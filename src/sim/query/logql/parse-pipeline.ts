/**
 * Parses the log part of LogQL from the official Lezer tree: stream
 * selectors and pipelines (line filters, parsers, label filters,
 * formatters). Stages the simulator does not evaluate (`pattern`,
 * `unpack`, `ip()`) are `unsupported` errors naming the construct.
 */
import { goRegexp } from '../../formats/go-regexp';
import type { LabelMatcher, MatchOp } from '../../store/labels';
import { labelMatcher } from '../../store/labels';
import { parseDuration } from '../common/duration';
import { QueryError } from '../common/source';
import type { SyntaxNode } from '../common/tree';
import { child, children, requireChild, unquote } from '../common/tree';
import type { ComparisonOp } from '../common/binary';
import type { LabelFilter, LogQuery, Stage } from './ast';
import { parseJsonPath } from './json';
import type { Template } from './template';
import { parseTemplate } from './template';
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

const UNSUPPORTED_STAGES: Readonly<Record<string, string>> = {
  Unpack: 'the unpack parser',
  Pattern: 'the pattern parser',
  IpLabelFilter: 'ip() label filters',
};

export class PipelineParser {
  constructor(protected readonly text: string) {}

  /** Whether a selector needs a matcher that the empty value fails, as Loki's queries do. */
  protected readonly requireSelectiveMatcher: boolean = true;

  protected slice(node: SyntaxNode): string {
    return this.text.slice(node.from, node.to);
  }

  protected unsupported(node: SyntaxNode, what: string): never {
    throw new QueryError(`${what} is not supported`, node.from, node.to, 'unsupported');
  }

  protected logQuery(node: SyntaxNode): LogQuery {
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

  protected selector(node: SyntaxNode): LabelMatcher[] {
    const matchers: LabelMatcher[] = [];
    const collect = (list: SyntaxNode) => {
      for (const item of children(list)) {
        if (item.name === 'Matchers') collect(item);
        else if (item.name === 'Matcher') matchers.push(this.matcher(item));
      }
    };
    const list = child(node, 'Matchers');
    if (list) collect(list);
    if (this.requireSelectiveMatcher && matchers.every((matcher) => matcher.matches('')))
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
    const result = labelMatcher(this.slice(name), op, unquote(this.text, value));
    if (!result.ok) throw new QueryError(result.error, value.from, value.to, 'regex');
    return result.matcher;
  }

  protected pipeline(node: SyntaxNode): Stage[] {
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
    const values = strings.map((string) => unquote(this.text, string));
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
            expression: expression ? unquote(this.text, expression) : label,
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
    const source = unquote(this.text, string);
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

  protected labelFilter(node: SyntaxNode): LabelFilter {
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
    const result = parseTemplate(unquote(this.text, node));
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
}
