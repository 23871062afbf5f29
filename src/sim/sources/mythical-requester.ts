/**
 * mythical-requester (port 4001): the load generator. Four loops start 5–8 s
 * after boot; each iteration picks GET or POST and a beast, calls the
 * server, publishes to the queue, and logs. A shared counter makes bursts:
 * 2000 fast iterations (0–49 ms apart per loop) then 1000 slow ones
 * (100–1099 ms), again and again. Every iteration is a trace rooted in a
 * `requester` span, with a `log_to_loki` span per line it pushes (ERROR
 * when nothing accepts the push).
 */
import type { SpanStatus } from '../model';
import { NO_LABELS, type ExposedSample } from '../network';
import type { Random } from '../random';
import { isoMillis } from '../formats/time-format';
import { AttributeTable, type App } from './app';
import { BEASTS, DANGER, SLOW_BEASTS, randomName, type Beast } from './mythical-data';
import type { MythicalRecorder } from './mythical-recorder';
import { POST_FAILURE_RATE, scrapeSpan, type Method, type MythicalServer } from './mythical-server';

const LOOP_STARTS_MS = [5000, 6000, 7000, 8000];
/** Time a loop spends between scheduling an iteration and drawing the next delay. */
const LOOP_OVERHEAD_MS = 80;
const DANGER_RESET_MS = 30_000;

const ROOT_ATTRIBUTES = new AttributeTable((beast: Beast, method: Method, version: string) => ({
  beast,
  'http.target': `/${beast}`,
  'http.method': method,
  'service.version': version,
  // Workshop only: every beast has a tier, illithid under another name.
  ...(beast === 'illithid' ? { servicetier: 'high' } : { tier: 'medium' }),
}));

const CLIENT_ATTRIBUTES = new AttributeTable((method: Method, beast: Beast, status: number) => ({
  'http.method': method,
  'http.url': `http://mythical-server:4000/${beast}`,
  'http.status_code': status,
  'net.peer.name': 'mythical-server',
  'net.peer.port': 4000,
}));

const PUBLISH_ATTRIBUTES = Object.freeze({
  'messaging.system': 'rabbitmq',
  'messaging.destination': 'messages',
  'messaging.rabbitmq.routing_key': 'messages',
});

const PUSH_ATTRIBUTES = new AttributeTable((pushed: boolean) => ({
  'http.method': 'POST',
  'http.url': 'http://alloy:3100/loki/api/v1/push',
  'net.peer.name': 'alloy',
  'net.peer.port': 3100,
  ...(pushed ? { 'http.status_code': 204 } : {}),
}));

type Iteration = { traceId: string; rootId: string; beast: Beast; time: number };

export class MythicalRequester {
  private readonly loops = [...LOOP_STARTS_MS];
  private counter = 0;
  private danger = 0;
  private nextDangerReset = DANGER_RESET_MS;

  constructor(
    private readonly app: App,
    private readonly server: MythicalServer,
    private readonly recorder: MythicalRecorder,
    private readonly random: Random,
    private readonly toUnix: (time: number) => number,
  ) {}

  /** Runs every iteration that starts before `end`, loops interleaved in time order. */
  run(end: number): void {
    for (;;) {
      let loop = 0;
      for (let i = 1; i < this.loops.length; i++)
        if ((this.loops[i] as number) < (this.loops[loop] as number)) loop = i;
      const start = this.loops[loop] as number;
      if (start >= end) return;
      this.counter = (this.counter + 1) % 3000;
      const delay =
        this.counter < 2000
          ? Math.floor(this.random.next() * 50)
          : Math.floor(this.random.next() * 1000) + 100;
      this.iterate(start);
      this.loops[loop] = start + delay + LOOP_OVERHEAD_MS;
    }
  }

  private iterate(start: number): void {
    const method: Method = this.random.chance(0.5) ? 'GET' : 'POST';
    const beast = this.random.pick(BEASTS);
    while (start >= this.nextDangerReset) {
      this.danger = 0;
      this.nextDangerReset += DANGER_RESET_MS;
    }
    this.danger += DANGER[beast];
    const failPost = method === 'POST' && this.random.chance(POST_FAILURE_RATE);
    const version =
      failPost && this.random.chance(0.7) ? '2.0.0' : this.random.chance(0.5) ? '1.9.2' : '2.0.0';
    const pushOk = this.app.canPushLogs();
    const it: Iteration = {
      traceId: this.app.newTraceId(),
      rootId: this.app.newSpanId(),
      beast,
      time: start + 0.3,
    };

    const response = this.call(it, method, failPost);
    const traceField = `traceID=${it.traceId}`;
    if (method === 'GET') {
      this.publish(it, `GET /${beast}`);
      this.log(
        it,
        'info',
        () =>
          `${traceField} http.method=GET endpoint=${beast} loggedtime=${this.loggedTime(it.time)} status=SUCCESS`,
        pushOk,
      );
      const index = BEASTS.indexOf(beast);
      // The DELETE follows only when the GET listed some rows.
      if (this.random.chance(index / 5) && this.server.rowCount(beast) > 0) {
        this.call(it, 'DELETE', false);
        this.publish(it, `DELETE /${beast} ${randomName(this.random).split('_')[1]}`);
        this.log(
          it,
          'info',
          () =>
            `${traceField} http.method=DELETE endpoint=${beast} loggedtime=${this.loggedTime(it.time)} status=SUCCESS`,
          pushOk,
        );
      }
    } else if (response.status < 400) {
      const name = randomName(this.random);
      this.publish(it, `POST /${beast} {"name":"${name}"}`);
      this.log(
        it,
        'info',
        () =>
          `${traceField} http.method=POST endpoint=${beast} loggedtime=${this.loggedTime(it.time)} status=SUCCESS`,
        pushOk,
      );
    } else {
      const name = randomName(this.random);
      this.log(
        it,
        'error',
        () =>
          `${traceField} http.method=POST endpoint=${beast} name=${name} loggedtime=${this.loggedTime(it.time)} status=FAILURE`,
        pushOk,
      );
    }
    const duration = Math.round(it.time - start);
    this.log(
      it,
      'info',
      () =>
        `${traceField} http.method=${method} endpoint=${beast} duration=${duration}ms loggedtime=${this.loggedTime(it.time)}`,
      pushOk,
    );

    const status: SpanStatus = failPost ? 'STATUS_CODE_ERROR' : 'STATUS_CODE_OK';
    this.app.span({
      traceId: it.traceId,
      spanId: it.rootId,
      name: 'requester',
      kind: 'SPAN_KIND_CLIENT',
      start,
      durationMs: it.time + 0.2 - start,
      status,
      attributes: ROOT_ATTRIBUTES.get(beast, method, version),
    });
  }

  /** An HTTP call to the server: client span, server handling, time moves on. */
  private call(it: Iteration, method: Method, failPost: boolean) {
    const clientId = this.app.newSpanId();
    const response = this.server.handle(
      { method, beast: it.beast, traceId: it.traceId, parentSpanId: clientId, start: it.time + 0.5 },
      failPost,
    );
    const durationMs = response.durationMs + 1;
    this.app.span({
      traceId: it.traceId,
      spanId: clientId,
      parentSpanId: it.rootId,
      name: method,
      kind: 'SPAN_KIND_CLIENT',
      start: it.time,
      durationMs,
      status: response.status >= 500 ? 'STATUS_CODE_ERROR' : 'STATUS_CODE_UNSET',
      attributes: CLIENT_ATTRIBUTES.get(method, it.beast, response.status),
    });
    it.time += durationMs + 0.2;
    return response;
  }

  /** `publish_to_queue` with the amqplib publish span; unicorn and beholder messages make it wait. */
  private publish(it: Iteration, message: string): void {
    const publishToQueueId = this.app.newSpanId();
    const publishId = this.app.newSpanId();
    const sendMs = 0.5 + this.random.next();
    const waitMs = SLOW_BEASTS.has(it.beast) ? 500 + this.random.next() * 2000 : 0;
    this.app.span({
      traceId: it.traceId,
      spanId: publishId,
      parentSpanId: publishToQueueId,
      name: '<default> -> messages',
      kind: 'SPAN_KIND_PRODUCER',
      start: it.time + 0.1,
      durationMs: sendMs,
      attributes: PUBLISH_ATTRIBUTES,
    });
    this.app.span({
      traceId: it.traceId,
      spanId: publishToQueueId,
      parentSpanId: it.rootId,
      name: 'publish_to_queue',
      kind: 'SPAN_KIND_INTERNAL',
      start: it.time,
      durationMs: sendMs + 0.2 + waitMs,
      status: 'STATUS_CODE_OK',
    });
    this.recorder.consume(
      it.traceId,
      publishId,
      message.split(' ')[1]?.slice(1) ?? '',
      it.time + sendMs + 1 + this.random.next() * 3,
    );
    it.time += sendMs + 0.2 + waitMs;
  }

  /** A pushed log line and the `log_to_loki` span (with its HTTP client span) around the push. */
  private log(it: Iteration, level: 'info' | 'error', line: () => string, pushOk: boolean): void {
    const logId = this.app.newSpanId();
    const pushMs = 1 + this.random.next() * 3;
    this.app.span({
      traceId: it.traceId,
      parentSpanId: logId,
      name: 'POST',
      kind: 'SPAN_KIND_CLIENT',
      start: it.time + 0.2,
      durationMs: pushMs,
      status: pushOk ? 'STATUS_CODE_UNSET' : 'STATUS_CODE_ERROR',
      attributes: PUSH_ATTRIBUTES.get(pushOk, null, null),
    });
    this.app.span({
      traceId: it.traceId,
      spanId: logId,
      parentSpanId: it.rootId,
      name: 'log_to_loki',
      kind: 'SPAN_KIND_INTERNAL',
      start: it.time,
      durationMs: pushMs + 0.5,
      status: pushOk ? 'STATUS_CODE_OK' : 'STATUS_CODE_ERROR',
    });
    if (pushOk) this.app.log(it.time, level, line(), it.beast);
    it.time += pushMs + 0.5;
  }

  private loggedTime(time: number): string {
    return isoMillis(this.toUnix(time));
  }

  /** The `/metrics` page; each scrape is itself a traced request. */
  expose(now: number): ExposedSample[] {
    scrapeSpan(this.app, now, this.random);
    while (now >= this.nextDangerReset) {
      this.danger = 0;
      this.nextDangerReset += DANGER_RESET_MS;
    }
    return [{ name: 'mythical_danger_level_30s', labels: NO_LABELS, value: this.danger }];
  }
}
