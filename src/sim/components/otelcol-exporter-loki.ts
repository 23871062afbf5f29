/**
 * `otelcol.exporter.loki`: converts OTLP log records into Loki entries as
 * the collector's Loki translator does. Labels: `exporter="OTLP"`, `job`
 * from the resource's `service.namespace/service.name` (or `service.name`),
 * `instance` from `service.instance.id`, and the attributes named in the
 * `loki.attribute.labels` / `loki.resource.labels` hints (dots become
 * underscores). The line is a JSON object with the keys `body`, `traceid`,
 * `spanid`, `severity`, `attributes`, `resources`, each only when present;
 * promoted attributes leave it.
 */
import type { AttributeValue, Labels, LogEntry, OtlpLogRecord } from '../model';
import type { ComponentFactory } from './component';

const ATTRIBUTE_HINT = 'loki.attribute.labels';
const RESOURCE_HINT = 'loki.resource.labels';

export const otelcolExporterLoki: ComponentFactory = (context) => {
  const forward = context.output('forward_to', context.body.refs('forward_to'));
  return {
    receive(batch) {
      if (batch.signal !== 'otlp-logs') return;
      forward.emit({ signal: 'logs', entries: batch.records.map(toLokiEntry) });
    },
  };
};

function toLokiEntry(record: OtlpLogRecord): LogEntry {
  const hinted = ATTRIBUTE_HINT in record.attributes || RESOURCE_HINT in record.resource;
  // Copies only when hints take attributes out; spanlogs records have none.
  const attributes = hinted ? { ...record.attributes } : record.attributes;
  const resource = hinted ? { ...record.resource } : record.resource;
  const labels: Record<string, string> = { exporter: 'OTLP' };
  if (hinted) {
    promote(attributes as Record<string, AttributeValue>, ATTRIBUTE_HINT, labels);
    promote(resource as Record<string, AttributeValue>, RESOURCE_HINT, labels);
  }

  const service = resource['service.name'];
  const namespace = resource['service.namespace'];
  if (service !== undefined)
    labels.job = namespace !== undefined ? `${String(namespace)}/${String(service)}` : String(service);
  const instance = resource['service.instance.id'];
  if (instance !== undefined) labels.instance = String(instance);
  if (record.severityText) labels.level = record.severityText.toLowerCase();

  const line: Record<string, unknown> = {};
  if (record.body !== '') line.body = record.body;
  if (record.traceId) line.traceid = record.traceId;
  if (record.spanId) line.spanid = record.spanId;
  if (record.severityText) line.severity = record.severityText;
  if (!isEmpty(attributes)) line.attributes = sorted(attributes);
  if (!isEmpty(resource)) line.resources = sorted(resource);
  return { timestamp: record.timestamp, line: JSON.stringify(line), labels: labels as Labels };
}

function isEmpty(values: Readonly<Record<string, AttributeValue>>): boolean {
  for (const _ in values) return false;
  return true;
}

/** Moves the attributes a hint names into labels, removing the hint and the attributes. */
function promote(
  attributes: Record<string, AttributeValue>,
  hint: string,
  labels: Record<string, string>,
): void {
  const names = attributes[hint];
  delete attributes[hint];
  if (typeof names !== 'string') return;
  for (const name of names.split(',').map((part) => part.trim())) {
    const value = attributes[name];
    if (value === undefined) continue;
    labels[name.replace(/\./g, '_')] = String(value);
    delete attributes[name];
  }
}

/** Go encodes map keys in sorted order. */
function sorted(values: Readonly<Record<string, AttributeValue>>): Record<string, AttributeValue> {
  const result: Record<string, AttributeValue> = {};
  for (const name of Object.keys(values).sort()) result[name] = values[name] as AttributeValue;
  return result;
}
