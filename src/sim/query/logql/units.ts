/**
 * Values as Loki converts label text: Go's ParseFloat for numbers, Go's
 * ParseDuration (seconds returned) for durations, and go-humanize's
 * ParseBytes (`1KB` = 1000, `1KiB` = 1024) for sizes. Null when the text
 * does not convert.
 */
import { parseDuration } from '../common/duration';

export function parseGoFloat(text: string): number | null {
  if (/^[+-]?(inf|infinity)$/i.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^nan$/i.test(text)) return NaN;
  if (/^0x[0-9a-f]+$/i.test(text)) return parseInt(text, 16);
  return /^[+-]?(\d[\d_]*\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text.replace(/_/g, '')) : null;
}

/** Seconds. */
export function parseGoDuration(text: string): number | null {
  if (text === '0') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const unsigned = text.replace(/^[+-]/, '');
  if (/[dwy]/.test(unsigned)) return null;
  const ms = parseDuration(unsigned);
  return ms === null ? null : (sign * ms) / 1000;
}

const BYTE_UNITS: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  k: 1e3,
  kb: 1e3,
  ki: 1024,
  kib: 1024,
  m: 1e6,
  mb: 1e6,
  mi: 1024 ** 2,
  mib: 1024 ** 2,
  g: 1e9,
  gb: 1e9,
  gi: 1024 ** 3,
  gib: 1024 ** 3,
  t: 1e12,
  tb: 1e12,
  ti: 1024 ** 4,
  tib: 1024 ** 4,
  p: 1e15,
  pb: 1e15,
  pi: 1024 ** 5,
  pib: 1024 ** 5,
};

export function parseBytes(text: string): number | null {
  const match = /^\s*([0-9.,]+)\s*([a-z]*)\s*$/i.exec(text);
  if (!match) return null;
  const number = Number((match[1] ?? '').replace(/,/g, ''));
  const unit = BYTE_UNITS[(match[2] ?? '').toLowerCase()];
  return Number.isNaN(number) || unit === undefined ? null : number * unit;
}
