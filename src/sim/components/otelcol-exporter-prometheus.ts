/**
 * `otelcol.exporter.prometheus`: turns OTLP metrics into Prometheus samples
 * the way the collector's Prometheus translator names them: dots and other
 * characters become underscores, the unit is appended (`ms` →
 * `_milliseconds`, `s` → `_seconds`; units in braces are dropped) and
 * monotonic sums end in `_total` (`add_metric_suffixes`); histograms become
 * `_bucket{le}`, `_sum` and `_count`. Labels: the point's attributes,
 * `job` and `instance` from the resource, and `otel_scope_name` /
 * `otel_scope_version` (`include_scope_labels`).
 */
import type { AttributeValue, MetricSample, OtlpDataPoint, OtlpMetric } from '../model';
import type { ComponentFactory } from './component';

const UNIT_SUFFIXES: Readonly<Record<string, string>> = {
  ms: 'milliseconds',
  s: 'seconds',
  us: 'microseconds',
  ns: 'nanoseconds',
  min: 'minutes',
  h: 'hours',
  d: 'days',
  By: 'bytes',
  KiBy: 'kibibytes',
  MiBy: 'mebibytes',
  KBy: 'kilobytes',
  MBy: 'megabytes',
  '%': 'percent',
};

export const otelcolExporterPrometheus: ComponentFactory = (context) => {
  const { body } = context;
  const suffixes = body.bool('add_metric_suffixes', true);
  const scopeLabels = body.bool('include_scope_labels', true);
  const targetInfo = body.bool('include_target_info', true);
  const resourceLabels = body.bool('resource_to_telemetry_conversion', false);
  const forward = context.output('forward_to', body.refs('forward_to'));

  const convert = (metric: OtlpMetric, samples: MetricSample[]) => {
    const name = metricName(metric, suffixes);
    const base: Record<string, string> = {};
    if (resourceLabels)
      for (const [key, value] of Object.entries(metric.resource)) base[sanitize(key)] = String(value);
    const service = metric.resource['service.name'];
    const namespace = metric.resource['service.namespace'];
    if (service !== undefined)
      base.job = namespace !== undefined ? `${String(namespace)}/${String(service)}` : String(service);
    const instance = metric.resource['service.instance.id'];
    if (instance !== undefined) base.instance = String(instance);
    if (scopeLabels && metric.scope.name) base.otel_scope_name = metric.scope.name;
    if (scopeLabels && metric.scope.version) base.otel_scope_version = metric.scope.version;
    for (const point of metric.points) {
      const labels = { ...base, ...pointLabels(point.attributes) };
      if (metric.kind !== 'histogram') {
        samples.push({
          labels: { __name__: name, ...labels },
          timestamp: point.timestamp,
          value: point.value ?? 0,
        });
        continue;
      }
      histogramSamples(name, labels, point, samples);
    }
    if (targetInfo && instance !== undefined) {
      const info: Record<string, string> = {
        __name__: 'target_info',
        job: base.job ?? '',
        instance: String(instance),
      };
      for (const [key, value] of Object.entries(metric.resource)) {
        if (!['service.name', 'service.namespace', 'service.instance.id'].includes(key))
          info[sanitize(key)] = String(value);
      }
      samples.push({ labels: info, timestamp: metric.points[0]?.timestamp ?? context.clock.now, value: 1 });
    }
  };

  return {
    receive(batch) {
      if (batch.signal !== 'otlp-metrics') return;
      const samples: MetricSample[] = [];
      for (const metric of batch.metrics) convert(metric, samples);
      forward.emit({ signal: 'metrics', samples });
    },
  };
};

function histogramSamples(
  name: string,
  labels: Record<string, string>,
  point: OtlpDataPoint,
  samples: MetricSample[],
): void {
  const bounds = point.explicitBounds ?? [];
  const counts = point.bucketCounts ?? [];
  let cumulative = 0;
  bounds.forEach((bound, i) => {
    cumulative += counts[i] ?? 0;
    samples.push({
      labels: { __name__: `${name}_bucket`, ...labels, le: String(bound) },
      timestamp: point.timestamp,
      value: cumulative,
    });
  });
  samples.push({
    labels: { __name__: `${name}_bucket`, ...labels, le: '+Inf' },
    timestamp: point.timestamp,
    value: point.count ?? 0,
  });
  samples.push({
    labels: { __name__: `${name}_sum`, ...labels },
    timestamp: point.timestamp,
    value: point.sum ?? 0,
  });
  samples.push({
    labels: { __name__: `${name}_count`, ...labels },
    timestamp: point.timestamp,
    value: point.count ?? 0,
  });
}

/** The Prometheus name of an OTLP metric. */
export function metricName(
  metric: Pick<OtlpMetric, 'name' | 'unit' | 'kind' | 'monotonic'>,
  suffixes: boolean,
): string {
  const words = metric.name.split(/[^a-zA-Z0-9:]+/).filter((word) => word !== '');
  if (suffixes) {
    const unit = metric.unit.replace(/\{[^}]*\}/g, '').trim();
    const [main = '', per] = unit.split('/');
    const unitWord = UNIT_SUFFIXES[main] ?? main;
    if (unitWord && !words.includes(unitWord)) words.push(...unitWord.split(/[^a-zA-Z0-9]+/).filter(Boolean));
    if (per) words.push('per', UNIT_SUFFIXES[per] ?? per);
    if (metric.kind === 'sum' && metric.monotonic && words[words.length - 1] !== 'total') words.push('total');
  }
  const name = words.join('_');
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

function pointLabels(attributes: Readonly<Record<string, AttributeValue>>): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [key, value] of Object.entries(attributes)) labels[sanitize(key)] = String(value);
  return labels;
}

/** Label names: anything outside `[a-zA-Z0-9_]` becomes `_`, and a leading digit gets `key_`. */
export function sanitize(key: string): string {
  const name = key.replace(/[^a-zA-Z0-9_]/g, '_');
  return /^[0-9]/.test(name) ? `key_${name}` : name;
}
