export type {
  LogLine,
  LogStream,
  LokiQueryResult,
  MatchedSpan,
  MatrixResult,
  MatrixSeries,
  MimirQueryResult,
  Point,
  QueryResult,
  ScalarResult,
  ScalarValue,
  StreamsResult,
  TempoQueryResult,
  TraceMatch,
  TracesResult,
  VectorResult,
  VectorSample,
} from './common/result';
export { hasErrors } from './common/result';
export type { InstantQuery, IntervalOptions, QueryTiming, RangeQuery } from './common/options';
export { DEFAULT_SCRAPE_INTERVAL_MS, intervalVariables } from './common/variables';
export type { LokiQueryOptions } from './logql/query';
export { DEFAULT_LOG_LIMIT, queryLoki } from './logql/query';
export type { MimirQueryOptions } from './promql/query';
export { queryMimir } from './promql/query';
export { LOOKBACK_MS } from './promql/evaluate';
export type { TempoQueryOptions } from './traceql/query';
export { DEFAULT_SPANS_PER_SPAN_SET, DEFAULT_TRACE_LIMIT, queryTempo } from './traceql/query';
