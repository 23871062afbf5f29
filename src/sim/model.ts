/**
 * The telemetry data the simulator moves and stores: what Loki, Mimir and
 * Tempo hold, and what flows along the pipeline's wires. Times are virtual
 * milliseconds since the start of the simulation (the epoch of the virtual
 * clock is chosen by the simulation and given to the stores).
 */

/** A label set; keys are unique, order is irrelevant. */
export type Labels = Readonly<Record<string, string>>;

export type LogEntry = {
  /** Virtual time in milliseconds. */
  timestamp: number;
  line: string;
  /** Stream labels. */
  labels: Labels;
  /** Structured metadata (Loki 3), not part of the stream identity. */
  structuredMetadata?: Labels;
};

export type MetricSample = {
  /** Series labels, including `__name__`. */
  labels: Labels;
  timestamp: number;
  value: number;
};

export type SpanKind =
  | 'SPAN_KIND_UNSPECIFIED'
  | 'SPAN_KIND_INTERNAL'
  | 'SPAN_KIND_SERVER'
  | 'SPAN_KIND_CLIENT'
  | 'SPAN_KIND_PRODUCER'
  | 'SPAN_KIND_CONSUMER';

export type SpanStatus = 'STATUS_CODE_UNSET' | 'STATUS_CODE_OK' | 'STATUS_CODE_ERROR';

export type AttributeValue = string | number | boolean;

export type Span = {
  /** 32 lower-case hex characters. */
  traceId: string;
  /** 16 lower-case hex characters. */
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: SpanKind;
  status: SpanStatus;
  statusMessage?: string;
  /** Virtual start time in milliseconds; duration in nanoseconds as OTLP counts it. */
  startTime: number;
  durationNanos: number;
  attributes: Readonly<Record<string, AttributeValue>>;
  /** Resource attributes, `service.name` among them. */
  resource: Readonly<Record<string, AttributeValue>>;
};

/** An OTLP log record, as otelcol components pass logs to each other. */
export type OtlpLogRecord = {
  /**
   * Virtual time. A record created without one (spanlogs) carries the time it
   * was created, which is what Alloy's Loki exporter falls back to.
   */
  timestamp: number;
  body: string;
  severityText?: string;
  attributes: Readonly<Record<string, AttributeValue>>;
  resource: Readonly<Record<string, AttributeValue>>;
  traceId?: string;
  spanId?: string;
};

/** What one wire carries in one step. */
export type Batch =
  | { signal: 'logs'; entries: LogEntry[] }
  | { signal: 'otlp-logs'; records: OtlpLogRecord[] }
  | { signal: 'otlp-metrics'; metrics: OtlpMetric[] }
  | { signal: 'metrics'; samples: MetricSample[] }
  | { signal: 'traces'; spans: Span[] }
  | { signal: 'targets'; targets: Labels[] };

/** A metric data point as otelcol components pass metrics to each other. */
export type OtlpDataPoint = {
  attributes: Readonly<Record<string, AttributeValue>>;
  /** Virtual time in milliseconds of the point and of the start of its accumulation. */
  timestamp: number;
  startTimestamp: number;
  /** Sums and gauges. */
  value?: number;
  /** Histograms: observations, their sum, the count per bucket (one more than bounds). */
  count?: number;
  sum?: number;
  bucketCounts?: readonly number[];
  explicitBounds?: readonly number[];
};

/** An OTLP metric with its resource and instrumentation scope. */
export type OtlpMetric = {
  name: string;
  unit: string;
  kind: 'sum' | 'gauge' | 'histogram';
  /** Sums only. */
  monotonic?: boolean;
  temporality?: 'cumulative' | 'delta';
  resource: Readonly<Record<string, AttributeValue>>;
  scope: { name: string; version?: string };
  points: OtlpDataPoint[];
};
