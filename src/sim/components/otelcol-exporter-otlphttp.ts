/**
 * `otelcol.exporter.otlphttp`: sends spans over OTLP/HTTP to
 * `traces_endpoint`, by default `client.endpoint` + `/v1/traces`
 * (`http://tempo:4318` reaches Tempo). Failed exports are retried and
 * logged as `otelcol.exporter.otlp` does.
 */
import { ConfigError } from '../config/body';
import type { Span } from '../model';
import type { ComponentFactory } from './component';
import { RetryingClient } from './retrying-client';

export const otelcolExporterOtlphttp: ComponentFactory = (context) => {
  const endpoint = context.body.block('client')?.string('endpoint');
  const tracesEndpoint =
    context.body.string('traces_endpoint') ??
    (endpoint ? `${endpoint.replace(/\/+$/, '')}/v1/traces` : undefined);
  if (tracesEndpoint === undefined || tracesEndpoint === '')
    throw new ConfigError('client > endpoint is required');
  const address = context.body.has('traces_endpoint') ? tracesEndpoint : (endpoint as string);
  const exporter = new RetryingClient<Span>(
    { minBackoffMs: 5000, maxBackoffMs: 30_000, maxRetries: 12 },
    (spans) => context.sinks.exportTracesHttp(tracesEndpoint, spans),
  );
  const report = (now: number) => (outcome: ReturnType<typeof exporter.start>) => {
    if (outcome.kind === 'delivered') context.sent(address, outcome.items, null);
    else if (outcome.kind === 'retrying') {
      context.sent(address, 0, outcome.error);
      context.log(now, 'info', 'Exporting failed. Will retry the request after interval.', [
        ['error', outcome.error],
      ]);
    } else {
      context.log(now, 'error', 'Exporting failed. Dropping data.', [
        ['error', outcome.error],
        ['dropped_items', outcome.items],
      ]);
      context.sent(address, outcome.items, outcome.error);
    }
  };
  return {
    receive(batch, now) {
      if (batch.signal !== 'traces' || batch.spans.length === 0) return;
      // While an earlier export is retried, newer spans find the queue busy and are lost.
      if (exporter.busy) context.sent(address, batch.spans.length, 'sending queue is full');
      else report(now)(exporter.start(batch.spans, now));
    },
    tick(now) {
      exporter.retryDue(now).forEach(report(now));
    },
  };
};
