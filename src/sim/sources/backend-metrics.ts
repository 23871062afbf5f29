/**
 * The `/metrics` pages of Loki, Mimir, Tempo and Pyroscope: build info,
 * process series, and the counters that follow what Alloy sent them (bytes
 * and lines Loki received, samples Mimir received, spans Tempo received),
 * so that scraping Loki shows the logs the pipeline delivers.
 */
import type { Backends } from '../backends';
import { NO_LABELS, type ExposedSample } from '../network';
import { processMetrics } from './process-metrics';

type Page = (seconds: number) => ExposedSample[];

const LOKI_TENANT = Object.freeze({ tenant: 'fake' });
const TEMPO_TENANT = Object.freeze({ tenant: 'single-tenant' });
const MIMIR_USER = Object.freeze({ user: 'anonymous' });

export function backendPages(
  backends: Backends,
  startedAt: number,
): Record<'loki' | 'mimir' | 'tempo' | 'pyroscope', Page> {
  const { counters } = backends;
  const build = (name: string, version: string): ExposedSample => ({
    name: `${name}_build_info`,
    labels: { branch: 'HEAD', goversion: 'go1.23.6', revision: 'unknown', version },
    value: 1,
  });
  return {
    loki: (seconds) => [
      build('loki', '3.4.1'),
      {
        name: 'loki_distributor_bytes_received_total',
        labels: LOKI_TENANT,
        value: counters.lokiBytes,
      },
      {
        name: 'loki_distributor_lines_received_total',
        labels: LOKI_TENANT,
        value: counters.lokiLines,
      },
      { name: 'loki_ingester_memory_streams', labels: LOKI_TENANT, value: backends.loki.streamCount },
      {
        name: 'loki_ingester_streams_created_total',
        labels: LOKI_TENANT,
        value: backends.loki.streamCount,
      },
      ...processMetrics({ cpuPerSecond: 0.04, residentBytes: 180e6, goroutines: 420, startedAt }, seconds),
    ],
    mimir: (seconds) => [
      build('cortex', '2.15.0'),
      {
        name: 'cortex_distributor_received_samples_total',
        labels: MIMIR_USER,
        value: counters.mimirSamples,
      },
      { name: 'cortex_ingester_memory_series', labels: NO_LABELS, value: backends.mimir.seriesCount },
      {
        name: 'cortex_ingester_memory_users',
        labels: NO_LABELS,
        value: backends.mimir.seriesCount > 0 ? 1 : 0,
      },
      ...processMetrics({ cpuPerSecond: 0.05, residentBytes: 250e6, goroutines: 610, startedAt }, seconds),
    ],
    tempo: (seconds) => [
      build('tempo', '2.7.0'),
      {
        name: 'tempo_distributor_spans_received_total',
        labels: TEMPO_TENANT,
        value: counters.tempoSpans,
      },
      {
        name: 'tempo_ingester_traces_created_total',
        labels: TEMPO_TENANT,
        value: counters.tempoTraces,
      },
      ...processMetrics({ cpuPerSecond: 0.03, residentBytes: 150e6, goroutines: 380, startedAt }, seconds),
    ],
    pyroscope: (seconds) => [
      build('pyroscope', '1.13.1'),
      ...processMetrics({ cpuPerSecond: 0.02, residentBytes: 120e6, goroutines: 250, startedAt }, seconds),
    ],
  };
}
