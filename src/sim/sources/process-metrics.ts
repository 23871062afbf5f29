/**
 * The process and Go runtime series every Go service exposes, with values
 * that move plausibly: CPU seconds grow steadily at the process's load,
 * memory wanders around its level.
 */
import { NO_LABELS, type ExposedSample } from '../network';

export type ProcessProfile = {
  /** CPU seconds used per second. */
  cpuPerSecond: number;
  residentBytes: number;
  goroutines: number;
  /** Unix seconds the process started. */
  startedAt: number;
};

export function processMetrics(profile: ProcessProfile, seconds: number, prefix = ''): ExposedSample[] {
  const wave = Math.sin(seconds / 37);
  // The wave's slope never exceeds the steady rate, so the counter only grows.
  const cpu = profile.cpuPerSecond * (seconds + 10 * Math.sin(seconds / 20) * 0.5 + 60);
  const memory = profile.residentBytes * (1 + 0.05 * wave);
  return [
    { name: `${prefix}process_cpu_seconds_total`, labels: NO_LABELS, value: round(cpu) },
    { name: `${prefix}process_resident_memory_bytes`, labels: NO_LABELS, value: Math.round(memory) },
    { name: 'process_start_time_seconds', labels: NO_LABELS, value: profile.startedAt },
    { name: 'process_open_fds', labels: NO_LABELS, value: 20 + Math.round(4 * (wave + 1)) },
    { name: 'go_goroutines', labels: NO_LABELS, value: profile.goroutines + Math.round(3 * wave) },
    { name: 'go_memstats_heap_inuse_bytes', labels: NO_LABELS, value: Math.round(memory * 0.6) },
  ];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
