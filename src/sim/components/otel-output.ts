/**
 * The `output` block of otelcol components: one list of consumers per
 * signal (`traces`, `logs`, `metrics`); a signal with no consumers listed is
 * discarded.
 */
import type { Batch } from '../model';
import type { ComponentContext, Output } from './component';

export type OtelOutputs = { traces: Output; logs: Output; metrics: Output; emit(batch: Batch): void };

export function otelOutputs(context: ComponentContext): OtelOutputs {
  const block = context.body.block('output');
  const output = (signal: 'traces' | 'logs' | 'metrics') =>
    context.output(`output.${signal}`, block ? block.refs(signal) : []);
  const outputs = { traces: output('traces'), logs: output('logs'), metrics: output('metrics') };
  return {
    ...outputs,
    emit(batch) {
      if (batch.signal === 'traces') outputs.traces.emit(batch);
      else if (batch.signal === 'otlp-logs') outputs.logs.emit(batch);
      else if (batch.signal === 'otlp-metrics') outputs.metrics.emit(batch);
    },
  };
}
