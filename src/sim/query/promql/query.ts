/**
 * `queryMimir`: runs a PromQL query against the in-memory Mimir, at an
 * instant or over a range, as Grafana's Mimir datasource would.
 */
import type { MimirStore } from '../../store/mimir-store';
import type { Diagnostic } from '../../../syntax/diagnostic';
import type { IntervalOptions, QueryTiming } from '../common/options';
import { evaluationTimes, isRangeQuery, timingProblem } from '../common/options';
import type { MimirQueryResult } from '../common/result';
import { QueryError, QuerySource } from '../common/source';
import { intervalVariables, substituteVariables } from '../common/variables';
import { collectMatrix, sortByLabels } from '../common/matrix';
import type { Expr } from './ast';
import { PromEvaluator } from './evaluate';
import { parsePromQL, typeName, typeOf } from './parse';

export type MimirQueryOptions = QueryTiming & IntervalOptions;

export function queryMimir(store: MimirStore, query: string, options: MimirQueryOptions): MimirQueryResult {
  const source = new QuerySource(query, substituteVariables(query, intervalVariables(options, options)));
  const failed = (diagnostic: Diagnostic): MimirQueryResult => ({
    kind: isRangeQuery(options) ? 'matrix' : 'vector',
    data: [],
    diagnostics: [diagnostic],
  });
  const problem = timingProblem(options);
  if (problem) return failed(source.diagnostic(0, source.text.length, problem, 'timing'));
  try {
    const expr = parsePromQL(source.text);
    return isRangeQuery(options) ? rangeQuery(store, expr, options) : instantQuery(store, expr, options.time);
  } catch (error) {
    if (error instanceof QueryError) return failed(source.fromError(error));
    const message = error instanceof Error ? error.message : String(error);
    return failed(source.diagnostic(0, source.text.length, `internal error: ${message}`, 'evaluation'));
  }
}

function instantQuery(store: MimirStore, expr: Expr, time: number): MimirQueryResult {
  const evaluator = new PromEvaluator(store);
  if (expr.type === 'matrix-selector' || expr.type === 'subquery') {
    const data = sortByLabels(evaluator.rawRange(expr, time));
    return { kind: 'matrix', data, diagnostics: [] };
  }
  const value = evaluator.evaluate(expr, time);
  if (value.type === 'scalar')
    return { kind: 'scalar', data: [{ timestamp: time, value: value.value }], diagnostics: [] };
  if (value.type === 'string')
    throw new QueryError('string results are not supported', expr.from, expr.to, 'unsupported');
  const sorted = expr.type === 'call' && (expr.name === 'sort' || expr.name === 'sort_desc');
  const data = value.samples.map(({ labels, value: v }) => ({ labels, timestamp: time, value: v }));
  return { kind: 'vector', data: sorted ? data : sortByLabels(data), diagnostics: [] };
}

function rangeQuery(store: MimirStore, expr: Expr, timing: QueryTiming): MimirQueryResult {
  const type = typeOf(expr);
  if (type !== 'scalar' && type !== 'vector')
    throw new QueryError(
      `invalid expression type "${typeName(type)}" for range query, must be scalar or instant vector`,
      expr.from,
      expr.to,
      'type',
    );
  const evaluator = new PromEvaluator(store);
  const data = collectMatrix(evaluationTimes(timing), (time) => {
    const value = evaluator.evaluate(expr, time);
    if (value.type === 'vector') return value.samples;
    return value.type === 'scalar' ? [{ labels: {}, value: value.value }] : [];
  });
  return { kind: 'matrix', data, diagnostics: [] };
}
