/**
 * `otelcol.exporter.otlp`: sends spans over OTLP/gRPC to `client.endpoint`,
 * with TLS unless `client.tls.insecure` is set. Failed exports are retried
 * with the exporter helper's backoff (5 s doubling to 30 s, for about five
 * minutes) and logged as the collector logs them.
 */
import { ConfigError } from '../config/body';
import type { Span } from '../model';
import type { ComponentFactory } from './component';
import { RetryingClient } from './retrying-client';

/** Spans waiting behind an export being retried; beyond this they are lost. */
const QUEUE_CAPACITY = 50_000;

export const otelcolExporterOtlp: ComponentFactory = (context) => {
  const client = context.body.block('client');
  const endpoint = client?.string('endpoint');
  if (!client || endpoint === undefined || endpoint === '')
    throw new ConfigError('client > endpoint is required');
  const insecure = client.block('tls')?.bool('insecure', false) ?? false;
  const exporter = new RetryingClient<Span>(
    { minBackoffMs: 5000, maxBackoffMs: 30_000, maxRetries: 12 },
    (spans) => context.sinks.exportTracesGrpc(endpoint, insecure, spans),
  );
  let queue: Span[] = [];

  const send = (now: number) => {
    for (const outcome of exporter.retryDue(now)) {
      if (outcome.kind === 'delivered') context.sent(endpoint, outcome.items, null);
      else if (outcome.kind === 'retrying') {
        context.sent(endpoint, 0, outcome.error);
        context.log(now, 'info', 'Exporting failed. Will retry the request after interval.', [
          ['error', outcome.error],
          ['interval', `${Math.min(30, 5 * 2 ** (outcome.retries - 1))}s`],
        ]);
      } else {
        context.log(now, 'error', 'Exporting failed. Dropping data.', [
          ['error', `no more retries left: ${outcome.error}`],
          ['dropped_items', outcome.items],
        ]);
        context.sent(endpoint, outcome.items, outcome.error);
      }
    }
  };

  const start = (spans: Span[], now: number) => {
    const outcome = exporter.start(spans, now);
    if (outcome.kind === 'delivered') context.sent(endpoint, outcome.items, null);
    else if (outcome.kind === 'failed') {
      context.log(now, 'error', 'Exporting failed. Rejecting data.', [
        ['error', `Permanent error: ${outcome.error}`],
        ['rejected_items', outcome.items],
      ]);
      context.sent(endpoint, outcome.items, outcome.error);
    } else {
      context.sent(endpoint, 0, outcome.error);
      context.log(now, 'info', 'Exporting failed. Will retry the request after interval.', [
        ['error', outcome.error],
        ['interval', '5s'],
      ]);
    }
  };

  return {
    receive(batch, now) {
      if (batch.signal !== 'traces' || batch.spans.length === 0) return;
      if (!exporter.busy) {
        start(batch.spans, now);
        return;
      }
      queue.push(...batch.spans);
      const overflow = queue.length - QUEUE_CAPACITY;
      if (overflow > 0) {
        queue.splice(0, overflow);
        context.sent(endpoint, overflow, 'sending queue is full');
      }
    },
    tick(now) {
      send(now);
      if (!exporter.busy && queue.length > 0) {
        const spans = queue;
        queue = [];
        start(spans, now);
      }
    },
  };
};
