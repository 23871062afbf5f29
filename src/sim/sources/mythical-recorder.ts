/**
 * mythical-recorder (port 4002): consumes the queue `messages`. Each message
 * continues the requester's trace with an amqplib consume span and a
 * `process_message` span (20–50 ms of work, 0.5–1.5 s more for unicorn and
 * beholder), and counts `mythical_messages_recorded_total`. It pushes no
 * logs.
 */
import { NO_LABELS, type ExposedSample } from '../network';
import type { Random } from '../random';
import type { App } from './app';
import { SLOW_BEASTS } from './mythical-data';
import { scrapeSpan } from './mythical-server';

const CONSUME_ATTRIBUTES = Object.freeze({
  'messaging.system': 'rabbitmq',
  'messaging.destination': 'messages',
  'messaging.operation': 'process',
});

export class MythicalRecorder {
  private recorded = 0;

  constructor(
    private readonly app: App,
    private readonly random: Random,
  ) {}

  consume(traceId: string, publishSpanId: string, beast: string, time: number): void {
    const slow = SLOW_BEASTS.has(beast) ? 500 + this.random.next() * 1000 : 0;
    const workMs = 20 + this.random.next() * 30 + slow;
    const consumeId = this.app.newSpanId();
    this.app.span({
      traceId,
      spanId: consumeId,
      parentSpanId: publishSpanId,
      name: 'messages process',
      kind: 'SPAN_KIND_CONSUMER',
      start: time,
      durationMs: workMs + 1,
      attributes: CONSUME_ATTRIBUTES,
    });
    this.app.span({
      traceId,
      parentSpanId: consumeId,
      name: 'process_message',
      kind: 'SPAN_KIND_INTERNAL',
      start: time + 0.3,
      durationMs: workMs,
    });
    this.recorded++;
  }

  expose(now: number): ExposedSample[] {
    scrapeSpan(this.app, now, this.random);
    return [{ name: 'mythical_messages_recorded_total', labels: NO_LABELS, value: this.recorded }];
  }
}
