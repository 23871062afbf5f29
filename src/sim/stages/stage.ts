/**
 * One entry as it travels through `loki.process`: its labels, line,
 * timestamp and structured metadata, and the map of values extracted so far
 * (seeded with the labels, as Alloy seeds it). Stages change the working
 * entry in place and say whether to keep it.
 */
import type { VirtualClock } from '../clock';

/** What JSON parsing can put into the extracted map; logfmt and regex put strings. */
export type Extracted = string | number | boolean | null;

export type WorkingEntry = {
  /** A map while the stages change it: adding names to an object one by one is slow. */
  labels: Map<string, string>;
  line: string;
  /** Virtual milliseconds. */
  timestamp: number;
  structuredMetadata: Record<string, string> | undefined;
  extracted: Map<string, Extracted>;
};

/** Runs a stage on an entry: null to keep it, or the reason it was dropped. */
export type Stage = (entry: WorkingEntry) => string | null;

export type StageContext = { clock: VirtualClock };

/** Go's `getString` over an extracted value. */
export function extractedText(value: Extracted): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatFloat(value);
  return String(value);
}

/** `strconv.FormatFloat(v, 'f', -1, 64)`: the shortest exact digits, never an exponent. */
function formatFloat(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '+Inf' : value < 0 ? '-Inf' : 'NaN';
  const text = String(value);
  if (!/e/i.test(text)) return text;
  const [mantissa = '', exponentText = '0'] = text.split(/e/i);
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace(/^-/, '').replace('.', '');
  const point =
    (mantissa.replace(/^-/, '').indexOf('.') + 1 || mantissa.replace(/^-/, '').length + 1) - 1 + exponent;
  const body =
    point <= 0
      ? `0.${'0'.repeat(-point)}${digits}`
      : point >= digits.length
        ? `${digits}${'0'.repeat(point - digits.length)}`
        : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return negative ? `-${body}` : body;
}

/** The text a stage reads: the line, or an extracted value when `source` is set (undefined when it is missing). */
export function sourceText(entry: WorkingEntry, source: string | undefined): string | undefined {
  if (source === undefined) return entry.line;
  const value = entry.extracted.get(source);
  return value === undefined ? undefined : extractedText(value);
}
