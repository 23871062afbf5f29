/**
 * `otelcol.connector.spanlogs`: turns spans into OTLP log records whose body
 * is a logfmt line, exactly as Alloy's connector builds it:
 * `span=<name> dur=<ns>ns [status=Ok|Error] <span attributes> svc=<service>
 * <process attributes> tid=<trace id>` (keys renamed by `overrides`), for
 * every span (`spans`), every root span (`roots`), and once per trace id for
 * the process (`processes`). Each record has the attribute `traces` =
 * `span`|`root`|`process` (the `logs_instance_tag`) plus the keys listed in
 * `labels`, and no resource.
 */
import type { AttributeValue, OtlpLogRecord, Span } from '../model';
import { formatLogfmt } from '../formats/logfmt';
import type { ComponentFactory } from './component';
import { otelOutputs } from './otel-output';

type KeyValues = Map<string, AttributeValue>;

const STATUS_NAMES = { STATUS_CODE_OK: 'Ok', STATUS_CODE_ERROR: 'Error' } as const;
const NO_RESOURCE = Object.freeze({});

export const otelcolConnectorSpanlogs: ComponentFactory = (context) => {
  const { body } = context;
  const options = {
    spans: body.bool('spans', false),
    roots: body.bool('roots', false),
    processes: body.bool('processes', false),
    events: body.bool('events', false),
    spanAttributes: body.stringList('span_attributes'),
    processAttributes: body.stringList('process_attributes'),
    labels: new Set(body.stringList('labels')),
  };
  const overrides = body.block('overrides');
  const key = (name: string, fallback: string) => overrides?.string(name, fallback) ?? fallback;
  const keys = {
    span: key('span_name_key', 'span'),
    duration: key('duration_key', 'dur'),
    status: key('status_key', 'status'),
    service: key('service_key', 'svc'),
    traceId: key('trace_id_key', 'tid'),
    tag: key('logs_instance_tag', 'traces'),
  };
  const outputs = otelOutputs(context);

  const record = (kind: string, values: KeyValues, time: number): OtlpLogRecord => {
    const attributes: Record<string, AttributeValue> = { [keys.tag]: kind };
    if (options.labels.size > 0)
      values.forEach((value, name) => {
        if (options.labels.has(name)) attributes[name] = value;
      });
    return { timestamp: time, body: formatLogfmt(values), attributes, resource: NO_RESOURCE };
  };

  const processValues = (values: KeyValues, span: Span) => {
    const service = span.resource['service.name'];
    values.set(keys.service, typeof service === 'string' ? service : '');
    for (const name of options.processAttributes) {
      const value = span.resource[name];
      if (value !== undefined) values.set(name, value);
    }
  };

  return {
    receive(batch) {
      if (batch.signal !== 'traces') return;
      const records: OtlpLogRecord[] = [];
      // The demo services export one span per request, so each span is a resource of its own:
      // the "last trace id" the connector compares against starts afresh for every span.
      for (const span of batch.spans) {
        // Each span reaches the connector as it is exported, at its end.
        const now = span.startTime + span.durationNanos / 1e6;
        const logRoot = options.roots && !span.parentSpanId;
        if (!options.spans && !logRoot && !options.processes && !options.events) continue;
        if (options.processes) {
          const values: KeyValues = new Map();
          processValues(values, span);
          values.set(keys.traceId, span.traceId);
          records.push(record('process', values, now));
        }
        const values: KeyValues = new Map();
        values.set(keys.span, span.name);
        values.set(keys.duration, `${Math.round(span.durationNanos)}ns`);
        const status = span.status === 'STATUS_CODE_UNSET' ? undefined : STATUS_NAMES[span.status];
        if (status !== undefined) values.set(keys.status, status);
        for (const name of options.spanAttributes) {
          const value = span.attributes[name];
          if (value !== undefined) values.set(name, value);
        }
        processValues(values, span);
        values.set(keys.traceId, span.traceId);
        if (options.spans) records.push(record('span', values, now));
        if (logRoot) records.push(record('root', values, now));
      }
      outputs.logs.emit({ signal: 'otlp-logs', records });
    },
  };
};
