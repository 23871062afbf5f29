/**
 * Go's strconv.FormatFloat for float64: the shortest digits that round-trip
 * (precision -1) or exactly rounded digits (round half to even on the exact
 * binary value), laid out as %e, %f or %g.
 */

/** Decimal digits d1 d2 … dn with the decimal point after `point` digits: 0.d1d2… × 10^point. */
type Digits = { digits: string; point: number };

/** The shortest digits that parse back to |value| (value finite and non-zero). */
function shortestDigits(value: number): Digits {
  const [mantissa = '0', exponent = '0'] = Math.abs(value).toExponential().split('e');
  const digits = mantissa.replace('.', '');
  return { digits, point: Number(exponent) + 1 };
}

/** All decimal digits of |value| exactly (value finite and non-zero). */
function exactDigits(value: number): Digits {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(value));
  const bits = view.getBigUint64(0);
  const biasedExponent = Number((bits >> 52n) & 0x7ffn);
  let mantissa = bits & ((1n << 52n) - 1n);
  let exponent: number;
  if (biasedExponent === 0) exponent = -1074;
  else {
    mantissa |= 1n << 52n;
    exponent = biasedExponent - 1075;
  }
  let text: string;
  let point: number;
  if (exponent >= 0) {
    text = (mantissa << BigInt(exponent)).toString();
    point = text.length;
  } else {
    text = (mantissa * 5n ** BigInt(-exponent)).toString();
    point = text.length + exponent;
  }
  const trimmed = text.replace(/0+$/, '');
  return { digits: trimmed, point };
}

/** Rounds to `count` digits, half to even (the digits are exact, so a trailing 5 is a true tie). */
function roundDigits(d: Digits, count: number): Digits {
  if (count < 0 || count >= d.digits.length) return d;
  const next = d.digits.charCodeAt(count) - 48;
  const isTie = next === 5 && count + 1 === d.digits.length;
  const previousOdd = count > 0 && (d.digits.charCodeAt(count - 1) - 48) % 2 === 1;
  const up = isTie ? previousOdd : next >= 5;
  if (!up) return { digits: d.digits.slice(0, count).replace(/0+$/, ''), point: d.point };
  const kept = d.digits.slice(0, count).split('');
  let i = kept.length - 1;
  while (i >= 0 && kept[i] === '9') i--;
  if (i < 0) return { digits: '1', point: d.point + 1 };
  kept[i] = String.fromCharCode((kept[i] ?? '0').charCodeAt(0) + 1);
  return { digits: kept.slice(0, i + 1).join(''), point: d.point };
}

function layoutE(d: Digits, precision: number, letter: string): string {
  let out = d.digits[0] ?? '0';
  if (precision > 0) out += '.' + d.digits.slice(1, precision + 1).padEnd(precision, '0');
  let exponent = d.digits.length === 0 ? 0 : d.point - 1;
  const sign = exponent < 0 ? '-' : '+';
  exponent = Math.abs(exponent);
  return out + letter + sign + String(exponent).padStart(2, '0');
}

function layoutF(d: Digits, precision: number): string {
  let out = d.point > 0 ? d.digits.slice(0, d.point).padEnd(d.point, '0') : '0';
  if (precision > 0) {
    let fraction = '';
    for (let i = 1; i <= precision; i++) {
      const j = d.point + i - 1;
      fraction += j >= 0 && j < d.digits.length ? d.digits[j] : '0';
    }
    out += '.' + fraction;
  }
  return out;
}

export type FloatFormat = 'e' | 'E' | 'f' | 'F' | 'g' | 'G';

/** strconv.FormatFloat(value, format, precision, 64); precision -1 means shortest. */
export function formatFloat(value: number, format: FloatFormat, precision: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  const negative = value < 0 || Object.is(value, -0);
  const sign = negative ? '-' : '';
  const shortest = precision < 0;
  let d: Digits =
    value === 0 ? { digits: '', point: 0 } : shortest ? shortestDigits(value) : exactDigits(value);
  const lower = format.toLowerCase();
  if (lower === 'e') {
    if (!shortest) d = roundDigits(d, precision + 1);
    return (
      sign + layoutE(d, shortest ? Math.max(d.digits.length - 1, 0) : precision, format === 'E' ? 'E' : 'e')
    );
  }
  if (lower === 'f') {
    if (!shortest) d = roundDigits(d, d.point + precision);
    return sign + layoutF(d, shortest ? Math.max(d.digits.length - d.point, 0) : precision);
  }
  let significant = precision;
  if (shortest) significant = d.digits.length;
  else {
    if (significant === 0) significant = 1;
    d = roundDigits(d, significant);
  }
  let exponentLimit = significant;
  if (exponentLimit > d.digits.length && d.digits.length >= d.point) exponentLimit = d.digits.length;
  if (shortest) exponentLimit = 6;
  const exponent = d.point - 1;
  if (exponent < -4 || exponent >= exponentLimit) {
    const shown = Math.min(significant, d.digits.length);
    return sign + layoutE(d, shown - 1, format === 'G' ? 'E' : 'e');
  }
  const shown = significant > d.point ? d.digits.length : significant;
  return sign + layoutF(d, Math.max(shown - d.point, 0));
}

/** A float as Alloy prints it: the shortest round-trip digits, never in exponent form. */
export function formatFloatPlain(value: number): string {
  return formatFloat(value, 'f', -1);
}
