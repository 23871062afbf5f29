/**
 * Request edges between services, found the way the service graph connector
 * (and Tempo's generator, which it is based on) finds them: a client span
 * and the server span whose parent it is make a direct request; a producer
 * and the consumer under it a `messaging_system` request; a client span
 * naming a database (`db.name`) a `database` request to it. Each edge counts
 * requests and failures and records the client and server durations.
 */
import type { AttributeValue, Span } from '../model';

export type Edge = {
  client: string;
  server: string;
  connectionType: string;
  /** `client_<dimension>` / `server_<dimension>` values. */
  dimensions: Record<string, string>;
  clientSeconds: number;
  serverSeconds: number;
  failed: boolean;
};

type Side = { span: Span; expires: number };

export class ServiceGraph {
  private readonly clients = new Map<string, Side>();
  private readonly servers = new Map<string, Side>();

  constructor(
    private readonly dimensions: readonly string[],
    private readonly ttlMs: number,
    private readonly onEdge: (edge: Edge) => void,
  ) {}

  add(span: Span, now: number): void {
    switch (span.kind) {
      case 'SPAN_KIND_CLIENT':
      case 'SPAN_KIND_PRODUCER': {
        const database = span.attributes['db.name'];
        if (span.kind === 'SPAN_KIND_CLIENT' && typeof database === 'string') {
          this.onEdge(this.edge(span, null, 'database', database));
          return;
        }
        const server = this.servers.get(`${span.traceId}/${span.spanId}`);
        if (server) {
          this.servers.delete(`${span.traceId}/${span.spanId}`);
          this.onEdge(this.edge(span, server.span, connectionType(span)));
        } else this.clients.set(`${span.traceId}/${span.spanId}`, { span, expires: now + this.ttlMs });
        return;
      }
      case 'SPAN_KIND_SERVER':
      case 'SPAN_KIND_CONSUMER': {
        if (!span.parentSpanId) return;
        const key = `${span.traceId}/${span.parentSpanId}`;
        const client = this.clients.get(key);
        if (client) {
          this.clients.delete(key);
          this.onEdge(this.edge(client.span, span, connectionType(client.span)));
        } else this.servers.set(key, { span, expires: now + this.ttlMs });
        return;
      }
      default:
    }
  }

  /** Forgets halves whose other half did not come in time. */
  expire(now: number): void {
    for (const store of [this.clients, this.servers]) {
      for (const [key, side] of store) if (side.expires <= now) store.delete(key);
    }
  }

  private edge(client: Span, server: Span | null, type: string, serverName?: string): Edge {
    const dimensions: Record<string, string> = {};
    for (const name of this.dimensions) {
      const clientValue = valueOf(client, name);
      if (clientValue !== undefined) dimensions[`client_${name}`] = String(clientValue);
      const serverValue = server ? valueOf(server, name) : undefined;
      if (serverValue !== undefined) dimensions[`server_${name}`] = String(serverValue);
    }
    return {
      client: String(client.resource['service.name'] ?? ''),
      server: serverName ?? String(server?.resource['service.name'] ?? ''),
      connectionType: type,
      dimensions,
      clientSeconds: client.durationNanos / 1e9,
      serverSeconds: (server ?? client).durationNanos / 1e9,
      failed: client.status === 'STATUS_CODE_ERROR' || server?.status === 'STATUS_CODE_ERROR',
    };
  }
}

function connectionType(client: Span): string {
  return client.kind === 'SPAN_KIND_PRODUCER' ? 'messaging_system' : '';
}

function valueOf(span: Span, name: string): AttributeValue | undefined {
  return span.attributes[name] ?? span.resource[name];
}
