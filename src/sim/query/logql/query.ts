/**
 * `queryLoki`: runs a LogQL query against the in-memory Loki, as Grafana's
 * Loki datasource would. Log queries need a range (`start`, `end`; the
 * step is not used) and return streams, the newest `limit` entries by
 * default; metric queries return a vector (instant) or a matrix (range).
 */
import type { Diagnostic } from '../../../syntax/diagnostic';
import type { LokiStore } from '../../store/loki-store';
import { collectMatrix, sortByLabels } from '../common/matrix';
import type { IntervalOptions, QueryTiming } from '../common/options';
import { evaluationTimes, isRangeQuery, timingProblem } from '../common/options';
import type { LokiQueryResult } from '../common/result';
import { QueryError, QuerySource } from '../common/source';
import { intervalVariables, substituteVariables } from '../common/variables';
import type { MetricQuery } from './ast';
import type { Direction } from './evaluate';
import { MetricEvaluator, selectLogs } from './evaluate';
import { parseLogQL } from './parse';

/** Loki's default `limit` for log queries. */
export const DEFAULT_LOG_LIMIT = 100;

export type LokiQueryOptions = QueryTiming &
  IntervalOptions & {
    /** Most log lines returned (default 100). */
    limit?: number;
    /** `backward` (newest first, the default) or `forward`. */
    direction?: Direction;
  };

export function queryLoki(store: LokiStore, query: string, options: LokiQueryOptions): LokiQueryResult {
  const source = new QuerySource(query, substituteVariables(query, intervalVariables(options, options)));
  const failed = (diagnostic: Diagnostic, kind: 'streams' | 'matrix' | 'vector'): LokiQueryResult => ({
    kind,
    data: [],
    diagnostics: [diagnostic],
  });
  const defaultKind = isRangeQuery(options) ? 'matrix' : 'vector';
  const problem = timingProblem(options);
  if (problem) return failed(source.diagnostic(0, source.text.length, problem, 'timing'), defaultKind);

  let logQuery = false;
  try {
    const parsed = parseLogQL(source.text);
    if (parsed.type === 'log') {
      logQuery = true;
      if (!isRangeQuery(options))
        throw new QueryError(
          'log queries are not supported as an instant query type, please change your query to a range query type',
          parsed.from,
          parsed.to,
          'type',
        );
      const limit = options.limit ?? DEFAULT_LOG_LIMIT;
      const data = selectLogs(
        store,
        parsed,
        options.start,
        options.end,
        limit,
        options.direction ?? 'backward',
      );
      return { kind: 'streams', data, diagnostics: [] };
    }
    return metricQuery(store, parsed, options);
  } catch (error) {
    const kind = logQuery ? 'streams' : defaultKind;
    if (error instanceof QueryError) return failed(source.fromError(error), kind);
    const message = error instanceof Error ? error.message : String(error);
    return failed(source.diagnostic(0, source.text.length, `internal error: ${message}`, 'evaluation'), kind);
  }
}

function metricQuery(store: LokiStore, expr: MetricQuery, timing: QueryTiming): LokiQueryResult {
  const times = evaluationTimes(timing);
  const evaluator = new MetricEvaluator(store, times[0] as number, times[times.length - 1] as number);
  if (!isRangeQuery(timing)) {
    const value = evaluator.evaluate(expr, timing.time);
    if (value.type === 'scalar')
      return { kind: 'scalar', data: [{ timestamp: timing.time, value: value.value }], diagnostics: [] };
    const data = value.samples.map(({ labels, value: v }) => ({ labels, timestamp: timing.time, value: v }));
    return { kind: 'vector', data: sortByLabels(data), diagnostics: [] };
  }
  const data = collectMatrix(times, (time) => {
    const value = evaluator.evaluate(expr, time);
    return value.type === 'vector' ? value.samples : [{ labels: {}, value: value.value }];
  });
  return { kind: 'matrix', data, diagnostics: [] };
}
