/**
 * What the query engines return. Times are virtual milliseconds, like the
 * stores'. Each result kind carries data of its own precise shape, and
 * every result carries the diagnostics of the query (syntax errors,
 * unsupported features, evaluation errors); a query with an error diagnostic
 * returns empty data.
 */
import type { Diagnostic } from '../../../syntax/diagnostic';
import type { Labels } from '../../model';

export type Point = { timestamp: number; value: number };

/** One series of a range query. */
export type MatrixSeries = { labels: Labels; points: Point[] };

/** One sample of an instant query. */
export type VectorSample = { labels: Labels; timestamp: number; value: number };

export type ScalarValue = { timestamp: number; value: number };

export type LogLine = { timestamp: number; line: string; structuredMetadata?: Labels };

/** Log lines sharing one label set (stream labels plus parsed labels). */
export type LogStream = { labels: Labels; entries: LogLine[] };

/** A span that satisfied the query, as Tempo's search lists it. */
export type MatchedSpan = {
  spanId: string;
  name: string;
  serviceName?: string;
  startMs: number;
  durationNanos: number;
  /** Attributes asked for with `select(...)`, by their TraceQL name. */
  attributes: Record<string, string | number | boolean>;
};

/** A trace with at least one matching span set, as Tempo's search lists it. */
export type TraceMatch = {
  traceId: string;
  /** Absent while the root span has not arrived. */
  rootServiceName?: string;
  rootSpanName?: string;
  startMs: number;
  durationMs: number;
  matched: MatchedSpan[];
  /** How many spans matched in all (`matched` may be capped). */
  matchedCount: number;
};

export type StreamsResult = { kind: 'streams'; data: LogStream[]; diagnostics: Diagnostic[] };
export type MatrixResult = { kind: 'matrix'; data: MatrixSeries[]; diagnostics: Diagnostic[] };
export type VectorResult = { kind: 'vector'; data: VectorSample[]; diagnostics: Diagnostic[] };
export type ScalarResult = { kind: 'scalar'; data: ScalarValue[]; diagnostics: Diagnostic[] };
export type TracesResult = { kind: 'traces'; data: TraceMatch[]; diagnostics: Diagnostic[] };

export type QueryResult = StreamsResult | MatrixResult | VectorResult | ScalarResult | TracesResult;

export type LokiQueryResult = StreamsResult | MatrixResult | VectorResult | ScalarResult;
export type MimirQueryResult = MatrixResult | VectorResult | ScalarResult;
export type TempoQueryResult = TracesResult;

/** Whether any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}
