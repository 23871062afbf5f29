/** How the simulation's times, durations and label sets read on screen. */
import { DEFAULT_EPOCH } from '../../src/sim/clock';

/** Virtual milliseconds as the simulated wall clock, UTC: `10:15:32.418`. */
export function clockTime(virtualMs: number): string {
  return new Date(DEFAULT_EPOCH + virtualMs).toISOString().slice(11, 23);
}

/** Virtual milliseconds simulated so far: `0:45`, `12:03`, `1:02:03`. */
export function elapsed(virtualMs: number): string {
  const total = Math.floor(Math.max(0, virtualMs) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** A span's length: `850 µs`, `52.3 ms`, `2.41 s`. */
export function spanDuration(nanos: number): string {
  if (nanos < 1e6) return `${Math.round(nanos / 1e3)} µs`;
  if (nanos < 1e9) return `${(nanos / 1e6).toFixed(1)} ms`;
  return `${(nanos / 1e9).toFixed(2)} s`;
}

/** A number as a chart or table shows it: at most four significant digits past the point. */
export function sampleValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(4)));
}

/** `{a="1", b="2"}`, or `{}` for no labels. */
export function labelText(labels: Readonly<Record<string, string>>): string {
  const pairs = Object.keys(labels)
    .sort()
    .map((key) => `${key}="${labels[key]}"`);
  return `{${pairs.join(', ')}}`;
}
