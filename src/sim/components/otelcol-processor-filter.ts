/**
 * `otelcol.processor.filter`: drops the spans (`traces { span = [...] }`)
 * and log records (`logs { log_record = [...] }`) for which any of the OTTL
 * conditions holds; everything else passes on. Conditions on span events and
 * metrics are not simulated.
 */
import { NotSimulatedError } from '../config/body';
import { compileCondition, type Condition } from '../ottl/condition';
import type { ComponentFactory } from './component';
import { otelOutputs } from './otel-output';

export const otelcolProcessorFilter: ComponentFactory = (context) => {
  const { body } = context;
  const traces = body.block('traces');
  const logs = body.block('logs');
  if (traces?.has('spanevent') || body.block('metrics')) {
    throw new NotSimulatedError('filtering span events and metrics is not simulated');
  }
  const spanConditions: Condition[] = (traces?.stringList('span') ?? []).map(compileCondition);
  const logConditions: Condition[] = (logs?.stringList('log_record') ?? []).map(compileCondition);
  const outputs = otelOutputs(context);
  return {
    receive(batch) {
      if (batch.signal === 'traces') {
        const spans = batch.spans.filter((span) => !spanConditions.some((condition) => condition(span)));
        if (spans.length < batch.spans.length) context.dropped(batch.spans.length - spans.length, 'filter');
        outputs.emit({ signal: 'traces', spans });
      } else if (batch.signal === 'otlp-logs') {
        const records = batch.records.filter(
          (record) => !logConditions.some((condition) => condition(record)),
        );
        if (records.length < batch.records.length)
          context.dropped(batch.records.length - records.length, 'filter');
        outputs.emit({ signal: 'otlp-logs', records });
      } else {
        outputs.emit(batch);
      }
    },
  };
};
