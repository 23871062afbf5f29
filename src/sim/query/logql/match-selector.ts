/**
 * The selector of `loki.process`'s `stage.match`: label matchers and line
 * filters, nothing more, as Alloy's reduced LogQL grammar reads it (where a
 * selector of matchers that all accept the empty value is allowed):
 * `{service="alloy", level=~"debug|info"} |= "msg" !~ "x+"`.
 */
import { parser } from '@grafana/lezer-logql';
import type { LabelMatcher } from '../../store/labels';
import { QueryError } from '../common/source';
import { parseTop, type SyntaxNode } from '../common/tree';
import type { LineFilter } from './ast';
import { PipelineParser } from './parse-pipeline';
import { lineFilterKeeps } from './pipeline';

export type MatchSelector = { matchers: LabelMatcher[]; filters: LineFilter[] };

/** Parses a selector; throws QueryError for anything else. */
export function parseMatchSelector(text: string): MatchSelector {
  const expression = parseTop(parser, text).firstChild;
  if (expression?.name !== 'LogExpr')
    throw new QueryError('only a log selector is supported', 0, text.length, 'syntax');
  return new MatchSelectorParser(text).read(expression);
}

/** Whether an entry's labels and line satisfy the selector. */
export function matchesSelector(
  selector: MatchSelector,
  labels: ReadonlyMap<string, string>,
  line: string,
): boolean {
  return (
    selector.matchers.every((matcher) => matcher.matches(labels.get(matcher.name) ?? '')) &&
    selector.filters.every((filter) => lineFilterKeeps(filter, line))
  );
}

class MatchSelectorParser extends PipelineParser {
  protected override readonly requireSelectiveMatcher = false;

  read(node: SyntaxNode): MatchSelector {
    const { matchers, stages } = this.logQuery(node);
    const filters: LineFilter[] = [];
    for (const stage of stages) {
      if (stage.type !== 'line-filter')
        throw new QueryError('only line filters may follow the selector', stage.from, stage.to, 'syntax');
      filters.push(stage);
    }
    return { matchers, filters };
  }
}
