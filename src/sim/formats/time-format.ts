/** The wall-clock spellings the simulated programs print. */

/** JavaScript's `Date.toISOString()`: `2025-04-06T10:15:30.123Z` (what the Mythical apps log). */
export function isoMillis(unixMs: number): string {
  return new Date(Math.floor(unixMs)).toISOString();
}

/**
 * Go's `time.RFC3339Nano` in UTC: nine fraction digits with trailing zeros
 * removed (`2025-04-06T10:15:32.418207311Z`), as Alloy's `ts=` key prints it.
 * `nanos` are the nanoseconds within the millisecond.
 */
export function rfc3339Nano(unixMs: number, nanos = 0): string {
  const whole = Math.floor(unixMs);
  const base = new Date(whole).toISOString().slice(0, 19);
  const fraction = `${String(whole % 1000).padStart(3, '0')}${String(nanos).padStart(6, '0')}`.replace(
    /0+$/,
    '',
  );
  return fraction === '' ? `${base}Z` : `${base}.${fraction}Z`;
}
