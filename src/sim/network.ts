/**
 * The workshop's container network as Alloy sees it: host names, their
 * addresses, the ports they listen on, and for HTTP ports the paths they
 * serve. Connecting answers the way Go's network stack words a failure
 * (`no such host`, `connection refused`), and a path nobody serves is a 404,
 * so that a wrong URL in the config shows up exactly as Alloy would log it.
 *
 * Handlers are registered by whoever serves a path: the backends (push
 * endpoints, `/metrics`), the demo services, and Alloy itself (its own HTTP
 * server on 12345, exporters' metrics under it).
 */
import type { LogEntry, Span } from './model';

export type Protocol = 'http' | 'grpc' | 'other';

/** What answers on one path of an HTTP port (or on a gRPC port). */
export type Handler =
  | { kind: 'loki-push' }
  | { kind: 'mimir-push' }
  | { kind: 'otlp-traces' }
  | { kind: 'metrics'; expose: (now: number) => ExposedSample[] }
  | { kind: 'document'; body: () => string }
  /** Alloy's own receivers: what the demo services push to. */
  | { kind: 'receive-logs'; accept: (entries: LogEntry[], now: number) => void }
  | { kind: 'receive-traces'; accept: (spans: Span[], now: number) => void };

/**
 * One sample of a `/metrics` page: the metric name and its own labels. Pages
 * hand out the same label object for a series on every scrape where they
 * can, which lets scrapers reuse what they built for it.
 */
export type ExposedSample = { name: string; labels: Readonly<Record<string, string>>; value: number };

export const NO_LABELS: Readonly<Record<string, string>> = Object.freeze({});

type Port = { protocol: Protocol; routes: Map<string, Handler> };

export type Connection =
  | {
      ok: true;
      host: string;
      ip: string;
      port: number;
      protocol: Protocol;
      routes: ReadonlyMap<string, Handler>;
    }
  | { ok: false; error: string };

/** The Docker DNS server inside a Compose network. */
const RESOLVER = '127.0.0.11:53';

/** The Compose services, their addresses and the ports they listen on inside the network. */
const ENVIRONMENT: readonly { host: string; ip: string; ports: readonly [number, Protocol][] }[] = [
  { host: 'alloy', ip: '172.18.0.2', ports: [[12345, 'http']] },
  { host: 'grafana', ip: '172.18.0.3', ports: [[3000, 'http']] },
  {
    host: 'tempo',
    ip: '172.18.0.4',
    ports: [
      [3200, 'http'],
      [4317, 'grpc'],
      [4318, 'http'],
      [9411, 'http'],
      [14250, 'grpc'],
      [9095, 'grpc'],
    ],
  },
  {
    host: 'loki',
    ip: '172.18.0.5',
    ports: [
      [3100, 'http'],
      [9095, 'grpc'],
    ],
  },
  {
    host: 'mimir',
    ip: '172.18.0.6',
    ports: [
      [9009, 'http'],
      [9095, 'grpc'],
    ],
  },
  { host: 'pyroscope', ip: '172.18.0.7', ports: [[4040, 'http']] },
  {
    host: 'mythical-queue',
    ip: '172.18.0.8',
    ports: [
      [5672, 'other'],
      [15672, 'http'],
    ],
  },
  { host: 'mythical-database', ip: '172.18.0.9', ports: [[5432, 'other']] },
  {
    host: 'mythical-server',
    ip: '172.18.0.10',
    ports: [
      [4000, 'http'],
      [80, 'http'],
    ],
  },
  { host: 'mythical-requester', ip: '172.18.0.11', ports: [[4001, 'http']] },
  { host: 'mythical-recorder', ip: '172.18.0.12', ports: [[4002, 'http']] },
  { host: 'service-discovery', ip: '172.18.0.13', ports: [[80, 'http']] },
];

/** Names that reach Alloy's own container from inside it. */
const SELF_NAMES = new Set(['localhost', '127.0.0.1', '0.0.0.0', '::1', '[::1]']);

/** The in-memory address Alloy gives its exporters' targets; it reaches Alloy's own HTTP server. */
export const ALLOY_MEMORY_ADDRESS = 'alloy.internal:12345';

export class Network {
  private readonly hosts = new Map<string, { ip: string; ports: Map<number, Port> }>();
  private readonly byIp = new Map<string, string>();
  /** Answers by `host:port`; forgotten whenever a port opens. */
  private readonly connections = new Map<string, Connection>();

  constructor() {
    for (const { host, ip, ports } of ENVIRONMENT) {
      this.hosts.set(host, {
        ip,
        ports: new Map(ports.map(([port, protocol]) => [port, { protocol, routes: new Map() }])),
      });
      this.byIp.set(ip, host);
    }
  }

  /**
   * Opens a port on a host (Alloy's listeners are opened by its components);
   * false when something already listens there.
   */
  listen(host: string, port: number, protocol: Protocol): boolean {
    const known = this.hosts.get(host);
    if (!known || known.ports.has(port)) return false;
    known.ports.set(port, { protocol, routes: new Map() });
    this.connections.clear();
    return true;
  }

  /** Serves `path` on an HTTP port (use '' for what a gRPC port accepts). */
  route(host: string, port: number, path: string, handler: Handler): void {
    const open = this.hosts.get(host)?.ports.get(port);
    if (!open) throw new Error(`${host}:${port} is not open`);
    open.routes.set(path, handler);
  }

  /** Connects to `host:port` from inside Alloy's container. */
  connect(host: string, port: number): Connection {
    const key = `${host}:${port}`;
    let connection = this.connections.get(key);
    if (!connection) {
      connection = this.dial(host, port);
      this.connections.set(key, connection);
    }
    return connection;
  }

  private dial(host: string, port: number): Connection {
    const self = SELF_NAMES.has(host) || `${host}:${port}` === ALLOY_MEMORY_ADDRESS;
    const name = self ? 'alloy' : (this.byIp.get(host) ?? host.toLowerCase());
    const known = this.hosts.get(name);
    if (!known) return { ok: false, error: `dial tcp: lookup ${host} on ${RESOLVER}: no such host` };
    const open = known.ports.get(port);
    const ip = self ? '127.0.0.1' : known.ip;
    if (!open) return { ok: false, error: `dial tcp ${ip}:${port}: connect: connection refused` };
    return { ok: true, host: name, ip, port, protocol: open.protocol, routes: open.routes };
  }
}

export type ParsedUrl = { scheme: string; host: string; port: number; path: string };

/**
 * Splits a URL the way Go's net/url reads the ones in configs; the port
 * defaults by scheme. Null when it is not an absolute http(s) URL.
 */
export function parseUrl(text: string): ParsedUrl | null {
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(\[[^\]]*\]|[^/:?#]*)(?::(\d*))?([^?#]*)/.exec(text);
  if (!match) return null;
  const scheme = (match[1] ?? '').toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return null;
  const defaultPort = scheme === 'https' ? 443 : 80;
  const port = match[3] ? Number(match[3]) : defaultPort;
  return { scheme, host: match[2] ?? '', port, path: match[4] || '/' };
}
