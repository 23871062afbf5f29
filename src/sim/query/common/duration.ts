/**
 * Durations as the three query languages write them: Prometheus's `5m`,
 * `1h30m`, `2d`, and Go's `1.5s`, `100ms`, `10us`. Results are milliseconds
 * (fractions allowed, for Tempo's nanosecond precision).
 */

const UNIT_MS: Readonly<Record<string, number>> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
  y: 31_536_000_000,
};

const PART = /(\d+(?:\.\d+)?|\.\d+)(ns|us|µs|ms|s|m|h|d|w|y)/y;

/** Milliseconds, or null when the text is not a duration. */
export function parseDuration(text: string): number | null {
  if (text === '') return null;
  let total = 0;
  PART.lastIndex = 0;
  while (PART.lastIndex < text.length) {
    const at = PART.lastIndex;
    const match = PART.exec(text);
    if (!match || match.index !== at) return null;
    total += Number(match[1]) * (UNIT_MS[match[2] as string] as number);
  }
  return total;
}

/** A whole number of milliseconds written the way Grafana substitutes it. */
export function formatDuration(ms: number): string {
  const rounded = Math.max(1, Math.round(ms));
  if (rounded % 3_600_000 === 0) return `${rounded / 3_600_000}h`;
  if (rounded % 60_000 === 0) return `${rounded / 60_000}m`;
  if (rounded % 1000 === 0) return `${rounded / 1000}s`;
  return `${rounded}ms`;
}
