/**
 * Alloy's own metrics registry (`/metrics` on 12345, and what
 * `prometheus.exporter.self` serves): build info, resource usage, the
 * component controller, and the counters components keep about their work,
 * derived from what the simulation recorded for each of them.
 */
import type { ComponentActivity } from '../activity';
import { NO_LABELS, type ExposedSample } from '../network';
import { processMetrics } from './process-metrics';

export type AlloyState = {
  startedAt: number;
  components: Iterable<ComponentActivity>;
};

export function alloyMetrics(state: AlloyState, seconds: number): ExposedSample[] {
  const samples: ExposedSample[] = [
    {
      name: 'alloy_build_info',
      labels: {
        branch: 'HEAD',
        goarch: 'amd64',
        goos: 'linux',
        goversion: 'go1.24.1',
        revision: '5ba9ba7',
        tags: 'netgo,builtinassets,promtail_journal_enabled',
        version: 'v1.8.1',
      },
      value: 1,
    },
    { name: 'alloy_config_last_load_successful', labels: NO_LABELS, value: 1 },
    { name: 'alloy_config_load_failures_total', labels: NO_LABELS, value: 0 },
    ...processMetrics(
      { cpuPerSecond: 0.03, residentBytes: 210e6, goroutines: 340, startedAt: state.startedAt },
      seconds,
      'alloy_resources_',
    ),
    ...processMetrics(
      { cpuPerSecond: 0.03, residentBytes: 210e6, goroutines: 340, startedAt: state.startedAt },
      seconds,
    ),
  ];
  const health = { healthy: 0, unhealthy: 0 };
  for (const component of state.components) {
    if (component.status === 'running') health.healthy++;
    else health.unhealthy++;
    const labels = { component_id: component.id, component_path: '/' };
    switch (component.type) {
      case 'loki.write':
        samples.push({ name: 'loki_write_sent_entries_total', labels, value: component.delivered });
        samples.push({ name: 'loki_write_dropped_entries_total', labels, value: component.lost });
        break;
      case 'prometheus.remote_write':
        samples.push({
          name: 'prometheus_remote_storage_samples_total',
          labels,
          value: component.delivered + component.lost,
        });
        samples.push({
          name: 'prometheus_remote_storage_samples_failed_total',
          labels,
          value: component.lost,
        });
        break;
      case 'otelcol.receiver.otlp':
        samples.push({
          name: 'otelcol_receiver_accepted_spans_total',
          labels: { ...labels, receiver: 'otlp', transport: 'grpc' },
          value: component.sent,
        });
        break;
      case 'otelcol.exporter.otlp':
        samples.push({
          name: 'otelcol_exporter_sent_spans_total',
          labels: { ...labels, exporter: 'otlp' },
          value: component.delivered,
        });
        samples.push({
          name: 'otelcol_exporter_send_failed_spans_total',
          labels: { ...labels, exporter: 'otlp' },
          value: component.lost,
        });
        break;
      case 'loki.process':
        for (const [reason, count] of Object.entries(component.dropReasons)) {
          samples.push({
            name: 'loki_process_dropped_lines_total',
            labels: { ...labels, reason },
            value: count,
          });
        }
        break;
    }
  }
  samples.push(
    {
      name: 'alloy_component_controller_running_components',
      labels: { health_type: 'healthy' },
      value: health.healthy,
    },
    {
      name: 'alloy_component_controller_running_components',
      labels: { health_type: 'unhealthy' },
      value: health.unhealthy,
    },
  );
  return samples;
}
