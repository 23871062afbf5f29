/**
 * `otelcol.processor.batch`: holds telemetry until `send_batch_size` items
 * are waiting or `timeout` has passed since the batch began, then sends it
 * on, split into pieces of at most `send_batch_max_size` (0 = no limit).
 * Alloy 1.8's defaults: 8192 items, no maximum, 200ms.
 */
import { ConfigError } from '../config/body';
import type { Batch, OtlpLogRecord, OtlpMetric, Span } from '../model';
import type { ComponentFactory } from './component';
import { otelOutputs } from './otel-output';

type Held = { traces: Span[]; logs: OtlpLogRecord[]; metrics: OtlpMetric[]; since: number | null };

export const otelcolProcessorBatch: ComponentFactory = (context) => {
  const size = context.body.number('send_batch_size', 8192);
  const maxSize = context.body.number('send_batch_max_size', 0);
  const timeoutMs = context.body.duration('timeout', '200ms');
  if (maxSize !== 0 && maxSize < size) {
    throw new ConfigError('send_batch_max_size must be greater or equal to send_batch_size');
  }
  const outputs = otelOutputs(context);
  const held: Held = { traces: [], logs: [], metrics: [], since: null };
  const count = () => held.traces.length + held.logs.length + held.metrics.length;

  const flush = () => {
    const pieces = (items: number) => (maxSize === 0 ? [items] : chunks(items, maxSize));
    let offset = 0;
    for (const length of pieces(held.traces.length)) {
      outputs.emit({ signal: 'traces', spans: held.traces.slice(offset, (offset += length)) });
    }
    if (held.logs.length > 0) outputs.emit({ signal: 'otlp-logs', records: held.logs });
    if (held.metrics.length > 0) outputs.emit({ signal: 'otlp-metrics', metrics: held.metrics });
    held.traces = [];
    held.logs = [];
    held.metrics = [];
    held.since = null;
  };

  return {
    receive(batch: Batch, now) {
      if (batch.signal === 'traces') held.traces.push(...batch.spans);
      else if (batch.signal === 'otlp-logs') held.logs.push(...batch.records);
      else if (batch.signal === 'otlp-metrics') held.metrics.push(...batch.metrics);
      else return;
      if (held.since === null) held.since = now;
      if (count() >= size) flush();
    },
    tick(now) {
      if (held.since !== null && now >= held.since + timeoutMs) flush();
    },
  };
};

function chunks(total: number, size: number): number[] {
  const result: number[] = [];
  for (let rest = total; rest > 0; rest -= size) result.push(Math.min(size, rest));
  return result;
}
