/**
 * Go's duration syntax (time.ParseDuration) and its canonical text
 * (time.Duration.String), used for duration-typed attributes.
 */

const NANOSECONDS_PER_UNIT: ReadonlyMap<string, bigint> = new Map([
  ['ns', 1n],
  ['us', 1_000n],
  ['\u00b5s', 1_000n],
  ['\u03bcs', 1_000n],
  ['ms', 1_000_000n],
  ['s', 1_000_000_000n],
  ['m', 60_000_000_000n],
  ['h', 3_600_000_000_000n],
]);

const LIMIT = 1n << 63n;

/** Go's time-package quoting: non-ASCII and control bytes as `\xNN`. */
function quote(text: string): string {
  let out = '"';
  for (const byte of new TextEncoder().encode(text)) {
    if (byte >= 0x80 || byte < 0x20) out += '\\x' + byte.toString(16).padStart(2, '0');
    else {
      const char = String.fromCharCode(byte);
      out += char === '"' || char === '\\' ? '\\' + char : char;
    }
  }
  return out + '"';
}

/** Parses a duration into nanoseconds, or returns Go's error message. */
export function parseDuration(text: string): bigint | string {
  const invalid = `time: invalid duration ${quote(text)}`;
  let rest = text;
  let negative = false;
  if (rest.startsWith('-') || rest.startsWith('+')) {
    negative = rest.startsWith('-');
    rest = rest.slice(1);
  }
  if (rest === '0') return 0n;
  if (rest === '') return invalid;
  let total = 0n;
  while (rest !== '') {
    const number = /^([0-9]*)(?:\.([0-9]*))?/.exec(rest);
    const whole = number?.[1] ?? '';
    const fraction = number?.[2];
    if (!/^[0-9.]/.test(rest) || (whole === '' && !fraction)) return invalid;
    rest = rest.slice(number?.[0].length ?? 0);
    const unitText = /^[^0-9.]*/.exec(rest)?.[0] ?? '';
    if (unitText === '') return `time: missing unit in duration ${quote(text)}`;
    rest = rest.slice(unitText.length);
    const unit = NANOSECONDS_PER_UNIT.get(unitText);
    if (unit === undefined) return `time: unknown unit ${quote(unitText)} in duration ${quote(text)}`;
    const wholeValue = whole === '' ? 0n : BigInt(whole);
    if (wholeValue >= LIMIT || wholeValue > LIMIT / unit) return invalid;
    let value = wholeValue * unit;
    if (fraction) {
      const digits = fraction.slice(0, 19);
      const scaled = Number(BigInt(digits)) * (Number(unit) / 10 ** digits.length);
      value += BigInt(Math.floor(scaled));
      if (value > LIMIT) return invalid;
    }
    total += value;
    if (total > LIMIT) return invalid;
  }
  if (negative) return -total;
  return total > LIMIT - 1n ? invalid : total;
}

/** Trailing fraction digits without trailing zeros; returns the remaining integer. */
function fraction(value: bigint, precision: number): [string, bigint] {
  let digits = '';
  let rest = value;
  let printing = false;
  for (let i = 0; i < precision; i++) {
    const digit = rest % 10n;
    printing = printing || digit !== 0n;
    if (printing) digits = digit.toString() + digits;
    rest /= 10n;
  }
  return [printing ? '.' + digits : '', rest];
}

/** time.Duration.String: `1h30m0s`, `1.5s`, `100ms`, `0s`. */
export function formatDuration(nanoseconds: bigint): string {
  const negative = nanoseconds < 0n;
  const u = negative ? -nanoseconds : nanoseconds;
  let text: string;
  if (u < 1_000_000_000n) {
    if (u === 0n) return '0s';
    const [unit, precision] = u < 1_000n ? ['ns', 0] : u < 1_000_000n ? ['\u00b5s', 3] : ['ms', 6];
    const [frac, whole] = fraction(u, precision);
    text = whole.toString() + frac + unit;
  } else {
    const [frac, seconds] = fraction(u, 9);
    text = (seconds % 60n).toString() + frac + 's';
    const minutes = seconds / 60n;
    if (minutes > 0n) {
      text = (minutes % 60n).toString() + 'm' + text;
      const hours = minutes / 60n;
      if (hours > 0n) text = hours.toString() + 'h' + text;
    }
  }
  return negative ? '-' + text : text;
}
