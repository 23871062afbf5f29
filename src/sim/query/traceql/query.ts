/**
 * `queryTempo`: runs a TraceQL search against the in-memory Tempo, as
 * Grafana's Tempo datasource does: traces overlapping `[start, end]` whose
 * spans satisfy the query, newest first, at most `limit` traces (default
 * 20) with up to `spansPerSpanSet` matched spans each (default 3).
 */
import type { Diagnostic } from '../../../syntax/diagnostic';
import type { StoredTrace, TempoStore } from '../../store/tempo-store';
import type { MatchedSpan, TempoQueryResult, TraceMatch } from '../common/result';
import { QueryError, QuerySource } from '../common/source';
import { substituteVariables } from '../common/variables';
import type { Pipeline } from './ast';
import type { PipelineResult } from './evaluate';
import { TraceContext, evaluateField, plainValue, runPipeline } from './evaluate';
import { parseTraceQL } from './parse';

export const DEFAULT_TRACE_LIMIT = 20;
export const DEFAULT_SPANS_PER_SPAN_SET = 3;

export type TempoQueryOptions = {
  start: number;
  end: number;
  limit?: number;
  spansPerSpanSet?: number;
};

export function queryTempo(store: TempoStore, query: string, options: TempoQueryOptions): TempoQueryResult {
  const source = new QuerySource(query, substituteVariables(query, new Map()));
  const failed = (diagnostic: Diagnostic): TempoQueryResult => ({
    kind: 'traces',
    data: [],
    diagnostics: [diagnostic],
  });
  if (!Number.isFinite(options.start) || !Number.isFinite(options.end) || options.end < options.start)
    return failed(source.diagnostic(0, query.length, 'the search range is not valid', 'timing'));
  try {
    const pipeline = parseTraceQL(source.text);
    return { kind: 'traces', data: search(store, pipeline, options), diagnostics: [] };
  } catch (error) {
    if (error instanceof QueryError) return failed(source.fromError(error));
    const message = error instanceof Error ? error.message : String(error);
    return failed(source.diagnostic(0, query.length, `internal error: ${message}`, 'evaluation'));
  }
}

function search(store: TempoStore, pipeline: Pipeline, options: TempoQueryOptions): TraceMatch[] {
  const limit = options.limit ?? DEFAULT_TRACE_LIMIT;
  const perSet = options.spansPerSpanSet ?? DEFAULT_SPANS_PER_SPAN_SET;
  const traces = [...store.all()];
  const found: TraceMatch[] = [];
  let oldestFoundStart = Infinity;
  // Traces arrive roughly in time order: walk back from the newest, and stop
  // once enough matched and the rest ended before the oldest of them began.
  for (let i = traces.length - 1; i >= 0; i--) {
    const trace = traces[i] as StoredTrace;
    if (found.length >= limit && trace.endMs < oldestFoundStart) break;
    if (trace.startMs > options.end || trace.endMs < options.start) continue;
    const context = new TraceContext(trace);
    const result = runPipeline(pipeline, context);
    if (!result) continue;
    found.push(toMatch(trace, result, perSet, context));
    oldestFoundStart = Math.min(oldestFoundStart, trace.startMs);
  }
  return found.sort((a, b) => b.startMs - a.startMs).slice(0, limit);
}

function toMatch(
  trace: StoredTrace,
  result: PipelineResult,
  perSet: number,
  context: TraceContext,
): TraceMatch {
  const { root } = context;
  const rootService = root?.resource['service.name'];
  const matched: MatchedSpan[] = result.spans.slice(0, perSet).map((span) => {
    const attributes: MatchedSpan['attributes'] = {};
    for (const field of result.selected) {
      const value = plainValue(evaluateField(field, span, context));
      if (value !== null && (field.type === 'attribute' || field.type === 'intrinsic'))
        attributes[field.text] = value;
    }
    const service = span.resource['service.name'];
    return {
      spanId: span.spanId,
      name: span.name,
      ...(typeof service === 'string' ? { serviceName: service } : {}),
      startMs: span.startTime,
      durationNanos: span.durationNanos,
      attributes,
    };
  });
  return {
    traceId: trace.traceId,
    ...(typeof rootService === 'string' ? { rootServiceName: rootService } : {}),
    ...(root ? { rootSpanName: root.name } : {}),
    startMs: trace.startMs,
    durationMs: trace.endMs - trace.startMs,
    matched,
    matchedCount: result.spans.length,
  };
}
