/**
 * Where the writers' requests land. `loki.write`, `prometheus.remote_write`
 * and `otelcol.exporter.otlp` hand their data to an address; this module
 * connects through the simulated network and either delivers it to the
 * backend that serves that endpoint or answers with the error Alloy's client
 * would report: a DNS failure, a refused connection, a 404 for a wrong path,
 * a TLS handshake against a plain-text server.
 */
import type { Backends } from './backends';
import type { LogEntry, MetricSample, Span } from './model';
import { parseUrl, type Connection, type Handler, type Network } from './network';

export type Delivery =
  | { ok: true }
  | {
      ok: false;
      error: string;
      /** The HTTP status, or -1 when no response came (Loki's client logs it so). */
      status: number;
      /** Whether the client tries the same data again (connection errors, 5xx, 429). */
      retryable: boolean;
    };

const DELIVERED: Delivery = { ok: true };

/** What an HTTP/1 client reads from a gRPC port: the server's HTTP/2 SETTINGS frame. */
const HTTP2_PREFACE = '"\\x00\\x00\\x06\\x04\\x00\\x00\\x00\\x00\\x00\\x00\\x05\\x00\\x00@\\x00"';

export class Sinks {
  constructor(
    private readonly network: Network,
    private readonly backends: Backends,
  ) {}

  /** A Loki push (`loki.write`): to Loki, or to an Alloy `loki.source.api` when the URL points back at Alloy. */
  pushLogs(url: string, entries: readonly LogEntry[], now: number): Delivery {
    const answer = this.post(url, 'loki-push', true, 'receive-logs');
    if (!answer.ok) return answer;
    if (answer.handler.kind === 'receive-logs') answer.handler.accept([...entries], now);
    else this.backends.pushLogs(entries);
    return DELIVERED;
  }

  /** A Prometheus remote write (`prometheus.remote_write`). */
  remoteWrite(url: string, samples: readonly MetricSample[]): Delivery {
    const answer = this.post(url, 'mimir-push', false);
    if (!answer.ok) return answer;
    this.backends.writeMetrics(samples);
    return DELIVERED;
  }

  /** An OTLP/HTTP trace export (`otelcol.exporter.otlphttp`, path included). */
  exportTracesHttp(url: string, spans: readonly Span[]): Delivery {
    const answer = this.post(url, 'otlp-traces');
    if (!answer.ok) return answer;
    this.backends.pushSpans(spans);
    return DELIVERED;
  }

  /**
   * An OTLP/gRPC trace export (`otelcol.exporter.otlp`). `endpoint` is
   * `host:port`, optionally with an `http://` or `https://` prefix; TLS is
   * used unless `insecure` is set.
   */
  exportTracesGrpc(endpoint: string, insecure: boolean, spans: readonly Span[]): Delivery {
    const target = parseGrpcEndpoint(endpoint);
    if (!target)
      return failure(
        `rpc error: code = Unavailable desc = name resolver error: produced zero addresses`,
        -1,
        true,
      );
    const connection = this.network.connect(target.host, target.port);
    if (!connection.ok) {
      if (connection.error.includes('no such host')) {
        return failure(
          'rpc error: code = Unavailable desc = name resolver error: produced zero addresses',
          -1,
          true,
        );
      }
      return unavailable(`transport: Error while dialing: ${connection.error}`);
    }
    if (!insecure)
      return unavailable(
        'transport: authentication handshake failed: tls: first record does not look like a TLS handshake',
      );
    if (connection.protocol !== 'grpc')
      return unavailable('error reading server preface: http2: frame too large');
    if (connection.routes.get('')?.kind !== 'otlp-traces') {
      return failure(
        'rpc error: code = Unimplemented desc = unknown service opentelemetry.proto.collector.trace.v1.TraceService',
        -1,
        false,
      );
    }
    this.backends.pushSpans(spans);
    return DELIVERED;
  }

  /** Connects and finds the handler for an HTTP POST to `url`. */
  private post(
    url: string,
    expected: Handler['kind'],
    quoteStatus = true,
    alsoAccepted?: Handler['kind'],
  ): Exclude<Delivery, { ok: true }> | { ok: true; handler: Handler } {
    const parsed = parseUrl(url);
    if (!parsed) {
      const scheme = /^([a-zA-Z][\w+.-]*):/.exec(url)?.[1] ?? '';
      return failure(`Post "${url}": unsupported protocol scheme "${scheme.toLowerCase()}"`, -1, false);
    }
    const connection: Connection = this.network.connect(parsed.host, parsed.port);
    if (!connection.ok) return failure(`Post "${url}": ${connection.error}`, -1, true);
    if (connection.protocol === 'grpc') {
      return failure(
        `Post "${url}": net/http: HTTP/1.x transport connection broken: malformed HTTP response ${HTTP2_PREFACE}`,
        -1,
        true,
      );
    }
    if (connection.protocol !== 'http') return failure(`Post "${url}": EOF`, -1, true);
    if (parsed.scheme === 'https')
      return failure(`Post "${url}": http: server gave HTTP response to HTTPS client`, -1, true);
    const handler = connection.routes.get(parsed.path);
    if (!handler) return httpError(404, 'Not Found', '404 page not found', quoteStatus);
    if (handler.kind !== expected && handler.kind !== alsoAccepted) {
      return httpError(400, 'Bad Request', 'failed to parse the request body', quoteStatus);
    }
    return { ok: true, handler };
  }
}

function failure(error: string, status: number, retryable: boolean): Exclude<Delivery, { ok: true }> {
  return { ok: false, error, status, retryable };
}

function unavailable(description: string): Delivery {
  return failure(
    `rpc error: code = Unavailable desc = connection error: desc = "${description.replace(/"/g, '\\"')}"`,
    -1,
    true,
  );
}

/**
 * Loki's client words a status as `server returned HTTP status 404 Not
 * Found (404): <body>`; Prometheus's remote write client without the
 * repeated code.
 */
function httpError(
  status: number,
  text: string,
  body: string,
  repeatCode: boolean,
): Exclude<Delivery, { ok: true }> {
  const code = repeatCode ? ` (${status})` : '';
  return failure(
    `server returned HTTP status ${status} ${text}${code}: ${body}`,
    status,
    status === 429 || status >= 500,
  );
}

/** `host:port` of a gRPC endpoint, with the `http://`/`https://` prefix the client strips. */
export function parseGrpcEndpoint(endpoint: string): { host: string; port: number } | null {
  const bare = endpoint.replace(/^https?:\/\//, '').replace(/\/+$/, '');
  const match = /^(\[[^\]]*\]|[^:/]+):(\d+)$/.exec(bare);
  if (!match) return null;
  return { host: match[1] ?? '', port: Number(match[2]) };
}
