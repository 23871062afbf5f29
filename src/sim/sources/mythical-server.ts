/**
 * mythical-server (port 4000): the REST API over Postgres. Each request
 * makes an HTTP server span (`GET /:endpoint`, a child of the requester's
 * client span) with a pg query span under it, one log line pushed to
 * Alloy, and observations in `mythical_request_times` and
 * `mythical_db_request_count_total`. One POST in ten fails on purpose (a
 * null name violates the NOT NULL constraint) with a 500.
 */
import type { ExposedSample } from '../network';
import type { Random } from '../random';
import type { App } from './app';
import { AttributeTable } from './app';
import { Histogram } from './http-histogram';
import { BEASTS, TOKENS, instanceIdPool, type Beast } from './mythical-data';
import type { PostgresServer } from './postgres';

export type Method = 'GET' | 'POST' | 'DELETE';

export type ServerRequest = {
  method: Method;
  beast: Beast;
  traceId: string;
  parentSpanId: string;
  start: number;
};

export type ServerResponse = { status: number; durationMs: number };

const DB_ACTION: Readonly<Record<Method, string>> = { GET: '0', POST: '1', DELETE: '2' };
const SERVER_SPAN_NAMES: Readonly<Record<Method, string>> = {
  GET: 'GET /:endpoint',
  POST: 'POST /:endpoint',
  DELETE: 'DELETE /:endpoint',
};
const PG_SPAN_NAMES: Readonly<Record<Method, string>> = {
  GET: 'pg.query:SELECT postgres',
  POST: 'pg.query:INSERT postgres',
  DELETE: 'pg.query:DELETE postgres',
};

const SERVER_ATTRIBUTES = new AttributeTable((method: Method, beast: Beast, status: number) => ({
  'http.method': method,
  'http.target': `/${beast}`,
  'http.route': '/:endpoint',
  'http.status_code': status,
  beast,
}));

const PG_ATTRIBUTES = new AttributeTable((method: Method, beast: Beast) => ({
  'db.system': 'postgresql',
  'db.name': 'postgres',
  'db.statement':
    method === 'GET'
      ? `SELECT name from ${beast}`
      : method === 'POST'
        ? `INSERT INTO ${beast}(name) VALUES ($1)`
        : `DELETE FROM ${beast} WHERE name = $1`,
  'db.user': 'postgres',
  'net.peer.name': 'mythical-database',
  'net.peer.port': 5432,
}));

const SCRAPE_ATTRIBUTES = Object.freeze({
  'http.method': 'GET',
  'http.target': '/metrics',
  'http.route': '/metrics',
  'http.status_code': 200,
});
/** The chance that a POST has its name replaced by null (unless ALWAYS_SUCCEED). */
export const POST_FAILURE_RATE = 0.1;

export class MythicalServer {
  private readonly requestTimes = new Histogram(
    'mythical_request_times',
    [10, 20, 50, 100, 200, 500, 1000, 2000, 4000, 8000, 16000],
  );
  /** By method, table and instance id: a number key keeps the hot path free of strings. */
  private readonly dbRequests = new Map<number, { labels: Record<string, string>; count: number }>();
  private readonly instanceIds: string[];

  constructor(
    private readonly app: App,
    private readonly database: PostgresServer,
    private readonly random: Random,
  ) {
    this.instanceIds = instanceIdPool(random.fork('instance-ids'));
  }

  /** Start-up: the tables are created, then the server listens. */
  start(time: number): void {
    const traceId = this.app.newTraceId();
    this.app.span({
      traceId,
      name: 'server',
      kind: 'SPAN_KIND_INTERNAL',
      start: time,
      durationMs: 40,
      status: 'STATUS_CODE_OK',
    });
    this.app.log(time, 'info', 'Installing postgres client...');
    this.app.log(time + 5, 'info', 'Creating tables...');
    BEASTS.forEach((beast, i) =>
      this.app.log(time + 10 + i * 4, 'info', `traceId=[object Object] message="Created table ${beast}..."`),
    );
    this.app.log(time + 35, 'info', 'mythical server up and running...');
  }

  /** Handles one request; `failPost` decides the injected failure (drawn by the caller, who must know it first). */
  handle(request: ServerRequest, failPost: boolean): ServerResponse {
    const { method, beast, traceId, start } = request;
    const rows = this.database.rows.get(beast) ?? 0;
    const queryMs = 0.8 + this.random.next() * (method === 'GET' ? 3 + rows / 400 : 4);
    const durationMs = 1.5 + queryMs + this.random.next() * 6;
    const failed = method === 'POST' && failPost;
    const status = failed ? 500 : method === 'POST' ? 201 : method === 'DELETE' ? 204 : 200;
    const serverSpanId = this.app.newSpanId();

    this.app.span({
      traceId,
      spanId: serverSpanId,
      parentSpanId: request.parentSpanId,
      name: SERVER_SPAN_NAMES[method],
      kind: 'SPAN_KIND_SERVER',
      start,
      durationMs,
      status: failed ? 'STATUS_CODE_ERROR' : 'STATUS_CODE_UNSET',
      attributes: SERVER_ATTRIBUTES.get(method, beast, status),
    });
    this.app.span({
      traceId,
      parentSpanId: serverSpanId,
      name: PG_SPAN_NAMES[method],
      kind: 'SPAN_KIND_CLIENT',
      start: start + 0.6,
      durationMs: queryMs,
      status: failed ? 'STATUS_CODE_ERROR' : 'STATUS_CODE_UNSET',
      attributes: PG_ATTRIBUTES.get(method, beast, null),
    });

    this.database.query(
      failed ? 'failed-insert' : method === 'GET' ? 'select' : method === 'POST' ? 'insert' : 'delete',
      beast,
    );
    this.countDbRequest(method, beast);
    // POST and DELETE without a name record a 400 before they go on.
    if (method === 'DELETE') this.requestTimes.observe({ method, status: '400', beast }, durationMs * 0.3);
    this.requestTimes.observe({ method, status: String(status), beast }, durationMs);

    const end = start + durationMs;
    const traceField = `traceID=${traceId}`;
    if (failed) {
      const error = `error: null value in column "name" of relation "${beast}" violates not-null constraint`;
      this.app.log(
        end,
        'error',
        `${traceField} http.method=GET endpoint=${beast} status=FAILURE error="${error}"`,
        beast,
      );
    } else if (method === 'GET') {
      this.app.log(
        end,
        'info',
        `${traceField} http.method=GET endpoint=${beast} token=${this.random.pick(TOKENS)} status=SUCCESS`,
        beast,
      );
    } else {
      this.app.log(
        end,
        'info',
        `${traceField} http.method=${method} endpoint=${beast} status=SUCCESS`,
        beast,
      );
    }
    return { status, durationMs };
  }

  rowCount(beast: Beast): number {
    return this.database.rows.get(beast) ?? 0;
  }

  private countDbRequest(method: Method, table: Beast): void {
    const index = Math.floor(this.random.next() * this.instanceIds.length);
    const key =
      (Number(DB_ACTION[method]) * BEASTS.length + BEASTS.indexOf(table)) * this.instanceIds.length + index;
    const series = this.dbRequests.get(key);
    if (series) series.count++;
    else {
      const labels = { method: DB_ACTION[method], table, instance_id: this.instanceIds[index] as string };
      this.dbRequests.set(key, { labels, count: 1 });
    }
  }

  /** The `/metrics` page; each scrape is itself a traced request. */
  expose(now: number): ExposedSample[] {
    scrapeSpan(this.app, now, this.random);
    const samples: ExposedSample[] = [];
    this.requestTimes.expose(samples);
    for (const { labels, count } of this.dbRequests.values()) {
      samples.push({ name: 'mythical_db_request_count_total', labels, value: count });
    }
    return samples;
  }
}

/** The root server span every scrape of an app's `/metrics` produces. */
export function scrapeSpan(app: App, now: number, random: Random): void {
  app.span({
    traceId: app.newTraceId(),
    name: 'GET /metrics',
    kind: 'SPAN_KIND_SERVER',
    start: now,
    durationMs: 1 + random.next() * 3,
    attributes: SCRAPE_ATTRIBUTES,
  });
}
