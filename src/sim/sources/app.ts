/**
 * What the three Mythical services share: an OpenTelemetry resource, spans
 * exported one by one when they end (the SimpleSpanProcessor) to Alloy's
 * OTLP gRPC port, and log lines pushed to Alloy's Loki endpoint
 * (`LOGS_TARGET=http://alloy:3100/loki/api/v1/push`). Whether Alloy listens
 * there is the config's doing: when nothing does, the data is lost, as the
 * apps' own exporters would lose it.
 */
import type { AttributeValue, Labels, LogEntry, Span, SpanKind, SpanStatus } from '../model';
import type { Network } from '../network';
import type { Random } from '../random';
import type { Timeline } from './timeline';

export type Attributes = Readonly<Record<string, AttributeValue>>;

/** Alloy's address as the services are configured to reach it. */
const ALLOY = { host: 'alloy', otlpPort: 4317, lokiPort: 3100, lokiPath: '/loki/api/v1/push' } as const;

/**
 * The services' connections to Alloy (`TRACING_COLLECTOR_HOST=alloy:4317`,
 * `LOGS_TARGET`), shared so that what the services send at the same moment
 * reaches Alloy together.
 */
export class AlloyClient {
  private lokiReachable: boolean | null = null;

  constructor(private readonly network: Network) {}

  readonly exportSpans = (spans: Span[], time: number): void => {
    const connection = this.network.connect(ALLOY.host, ALLOY.otlpPort);
    if (!connection.ok) return;
    const handler = connection.routes.get('');
    if (handler?.kind === 'receive-traces') handler.accept(spans, time);
  };

  readonly pushLogs = (entries: LogEntry[], time: number): void => {
    const connection = this.network.connect(ALLOY.host, ALLOY.lokiPort);
    if (!connection.ok) return;
    const handler = connection.routes.get(ALLOY.lokiPath);
    if (handler?.kind === 'receive-logs') handler.accept(entries, time);
  };

  /** Whether a push to Alloy's Loki endpoint would be accepted (Alloy's listeners are fixed once loaded). */
  canPushLogs(): boolean {
    if (this.lokiReachable === null) {
      const connection = this.network.connect(ALLOY.host, ALLOY.lokiPort);
      this.lokiReachable = connection.ok && connection.routes.get(ALLOY.lokiPath)?.kind === 'receive-logs';
    }
    return this.lokiReachable;
  }
}

export type SpanInit = {
  traceId: string;
  /** Set when children had to be created first; a fresh id otherwise. */
  spanId?: string;
  parentSpanId?: string;
  name: string;
  kind: SpanKind;
  start: number;
  durationMs: number;
  attributes?: Attributes;
  status?: SpanStatus;
};

const NO_ATTRIBUTES: Attributes = Object.freeze({});

export class App {
  readonly resource: Attributes;
  private readonly labelCache = new Map<string, Labels>();

  constructor(
    readonly service: string,
    ip: string,
    private readonly random: Random,
    private readonly alloy: AlloyClient,
    private readonly timeline: Timeline,
  ) {
    this.resource = Object.freeze({
      'service.name': service,
      ip,
      'telemetry.sdk.language': 'nodejs',
      'telemetry.sdk.name': 'opentelemetry',
      'telemetry.sdk.version': '1.30.1',
    });
  }

  /** Creates a span and schedules its export at its end. */
  span(init: SpanInit): Span {
    const span: Span = {
      traceId: init.traceId,
      spanId: init.spanId ?? this.random.hex(16),
      parentSpanId: init.parentSpanId,
      name: init.name,
      kind: init.kind,
      status: init.status ?? 'STATUS_CODE_UNSET',
      startTime: init.start,
      durationNanos: Math.round(init.durationMs * 1e6),
      attributes: init.attributes ?? NO_ATTRIBUTES,
      resource: this.resource,
    };
    // The SimpleSpanProcessor: one export per span, when it ends.
    this.timeline.at(init.start + init.durationMs, this.alloy.exportSpans, span);
    return span;
  }

  newSpanId(): string {
    return this.random.hex(16);
  }

  newTraceId(): string {
    return this.random.hex(32);
  }

  canPushLogs(): boolean {
    return this.alloy.canPushLogs();
  }

  /** Pushes one log line at `time` with the service's stream labels. */
  log(time: number, level: 'info' | 'error', line: string, beast?: string): void {
    // Nothing listens until the config says so; the push fails and the line is gone.
    if (!this.alloy.canPushLogs()) return;
    const entry: LogEntry = { timestamp: time, line, labels: this.labels(level, beast) };
    this.timeline.at(time, this.alloy.pushLogs, entry);
  }

  private labels(level: string, beast: string | undefined): Labels {
    const key = `${level}/${beast ?? ''}`;
    let labels = this.labelCache.get(key);
    if (!labels) {
      labels = Object.freeze({
        service_name: this.service,
        level,
        job: this.service,
        namespace: 'production',
        ...(beast ? { beast } : {}),
      });
      this.labelCache.set(key, labels);
    }
    return labels;
  }
}

/**
 * Frozen attribute objects shared by every span with the same attributes:
 * one object per combination of up to three keys, made once by `make` (a
 * plain function, so that looking one up allocates nothing).
 */
export class AttributeTable<A, B = null, C = null> {
  private readonly table = new Map<A, Map<B, Map<C, Attributes>>>();

  constructor(private readonly make: (a: A, b: B, c: C) => Record<string, AttributeValue>) {}

  get(a: A, b: B, c: C): Attributes {
    let byA = this.table.get(a);
    if (!byA) this.table.set(a, (byA = new Map()));
    let byB = byA.get(b);
    if (!byB) byA.set(b, (byB = new Map()));
    let attributes = byB.get(c);
    if (!attributes) byB.set(c, (attributes = Object.freeze(this.make(a, b, c))));
    return attributes;
  }
}
