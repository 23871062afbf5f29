/**
 * Go's fmt.Sprintf over the values `string.format` receives (spec 6.4).
 *
 * Arguments arrive as a Go `any` would hold them: integers as `int` (or
 * `uint64` when too large), floats as `float64`, arrays as `[]interface {}`,
 * objects as `map[string]interface {}`, secrets as their host types. The
 * verbs, flags, widths, precisions, argument indexes and the inline error
 * markers (`%!d(string=5)`, `%!s(MISSING)`, `%!(EXTRA …)`) follow Go.
 */
import type { Value } from '../value';
import { formatFloat, type FloatFormat } from '../eval/float-format';
import { goQuote, goQuoteRune, isGoPrint } from '../eval/go-quote';
import { encodeUtf8 } from '../eval/utf8';
import { compareCodePoints } from '../eval/print-value';

/** A value as Go's reflection sees it. */
export type GoValue =
  | { kind: 'nil' }
  | { kind: 'int' | 'uint'; type: string; value: bigint }
  | { kind: 'float'; type: string; value: number }
  | { kind: 'string'; type: string; value: string }
  | { kind: 'bool'; type: string; value: boolean }
  | { kind: 'slice'; type: string; elements: readonly GoValue[] }
  | { kind: 'map'; type: string; entries: readonly (readonly [string, GoValue])[] }
  | { kind: 'struct'; type: string; fields: readonly (readonly [string, GoValue])[] }
  | { kind: 'func' | 'opaque'; type: string };

const NIL: GoValue = { kind: 'nil' };

/** The Go value an `any` parameter receives for an Alloy value. */
export function toGoValue(value: Value): GoValue {
  switch (value.type) {
    case 'null':
    case 'unknown':
      return NIL;
    case 'number':
      if (value.kind === 'float') return { kind: 'float', type: 'float64', value: value.value };
      if (value.kind === 'int') return { kind: 'int', type: 'int', value: value.value };
      return value.value < 1n << 63n
        ? { kind: 'int', type: 'int', value: value.value }
        : { kind: 'uint', type: 'uint64', value: value.value };
    case 'string':
      return { kind: 'string', type: 'string', value: value.value };
    case 'bool':
      return { kind: 'bool', type: 'bool', value: value.value };
    case 'array':
      return { kind: 'slice', type: '[]interface {}', elements: value.elements.map(toGoValue) };
    case 'object':
      return {
        kind: 'map',
        type: 'map[string]interface {}',
        entries: [...value.fields].map(([key, field]) => [key, toGoValue(field)] as const),
      };
    case 'function':
      return { kind: 'func', type: value.hostType };
    case 'capsule':
      if (value.kind === 'secret') return { kind: 'string', type: 'alloytypes.Secret', value: value.value };
      if (value.kind === 'optionalSecret') {
        return {
          kind: 'struct',
          type: 'alloytypes.OptionalSecret',
          fields: [
            ['IsSecret', { kind: 'bool', type: 'bool', value: value.isSecret }],
            ['Value', { kind: 'string', type: 'string', value: value.value }],
          ],
        };
      }
      return { kind: 'opaque', type: value.hostType };
  }
}

type Flags = {
  plus: boolean;
  minus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  plusV: boolean;
  sharpV: boolean;
  width?: number;
  precision?: number;
};

const cleanFlags = (): Flags => ({
  plus: false,
  minus: false,
  sharp: false,
  space: false,
  zero: false,
  plusV: false,
  sharpV: false,
});

const runeCount = (text: string) => [...text].length;
const LOWER_DIGITS = '0123456789abcdefx';
const UPPER_DIGITS = '0123456789ABCDEFX';
const TOO_LARGE = 1_000_000;

/** One Sprintf call: Go's `pp` printer state. */
class Printer {
  out = '';
  flags: Flags = cleanFlags();

  private padding(count: number): string {
    if (count <= 0) return '';
    return (this.flags.zero && !this.flags.minus ? '0' : ' ').repeat(count);
  }

  /** Writes `text` padded to the width (counted in characters). */
  pad(text: string): void {
    const width = this.flags.width;
    if (width === undefined || width === 0) {
      this.out += text;
      return;
    }
    const fill = this.padding(width - runeCount(text));
    this.out += this.flags.minus ? text + fill : fill + text;
  }

  private withoutZero(action: () => void): void {
    const zero = this.flags.zero;
    this.flags.zero = false;
    action();
    this.flags.zero = zero;
  }

  private truncate(text: string): string {
    const precision = this.flags.precision;
    if (precision === undefined) return text;
    const chars = [...text];
    return chars.length > precision ? chars.slice(0, precision).join('') : text;
  }

  printArg(arg: GoValue, verb: string): void {
    if (arg.kind === 'nil') {
      if (verb === 'T' || verb === 'v') this.pad('<nil>');
      else this.badVerb(verb, arg);
      return;
    }
    if (verb === 'T') {
      this.pad(this.truncate(arg.type));
      return;
    }
    this.printValue(arg, verb, 0);
  }

  badVerb(verb: string, arg: GoValue): void {
    this.out += `%!${verb}(`;
    if (arg.kind === 'nil') this.out += '<nil>';
    else {
      this.out += arg.type + '=';
      this.printValue(arg, 'v', 0);
    }
    this.out += ')';
  }

  printValue(value: GoValue, verb: string, depth: number): void {
    switch (value.kind) {
      case 'nil':
        // Only reached for elements of slices and maps: an empty interface.
        this.out += this.flags.sharpV ? 'interface {}(nil)' : '<nil>';
        return;
      case 'bool':
        if (verb === 't' || verb === 'v') this.pad(String(value.value));
        else this.badVerb(verb, value);
        return;
      case 'int':
      case 'uint':
        this.formatInteger(value, verb);
        return;
      case 'float':
        this.formatFloatVerb(value, verb);
        return;
      case 'string':
        this.formatString(value, verb);
        return;
      case 'slice':
        this.formatSlice(value, verb, depth);
        return;
      case 'map':
        this.formatMap(value, verb, depth);
        return;
      case 'struct':
        if (this.flags.sharpV) this.out += value.type;
        this.out += '{';
        value.fields.forEach(([name, field], i) => {
          if (i > 0) this.out += this.flags.sharpV ? ', ' : ' ';
          if (this.flags.plusV || this.flags.sharpV) this.out += name + ':';
          this.printValue(field, verb, depth + 1);
        });
        this.out += '}';
        return;
      case 'func':
      case 'opaque':
        this.formatPointer(value, verb);
        return;
    }
  }

  private formatSlice(value: GoValue & { kind: 'slice' }, verb: string, depth: number): void {
    if (this.flags.sharpV) {
      this.out += value.type + '{';
      value.elements.forEach((element, i) => {
        if (i > 0) this.out += ', ';
        this.printValue(element, verb, depth + 1);
      });
      this.out += '}';
      return;
    }
    this.out += '[';
    value.elements.forEach((element, i) => {
      if (i > 0) this.out += ' ';
      this.printValue(element, verb, depth + 1);
    });
    this.out += ']';
  }

  private formatMap(value: GoValue & { kind: 'map' }, verb: string, depth: number): void {
    const entries = [...value.entries].sort(([a], [b]) => compareCodePoints(a, b));
    this.out += this.flags.sharpV ? value.type + '{' : 'map[';
    entries.forEach(([key, field], i) => {
      if (i > 0) this.out += this.flags.sharpV ? ', ' : ' ';
      this.printValue({ kind: 'string', type: 'string', value: key }, verb, depth + 1);
      this.out += ':';
      this.printValue(field, verb, depth + 1);
    });
    this.out += this.flags.sharpV ? '}' : ']';
  }

  /** Functions and other host values print as addresses, which are unknowable here. */
  private formatPointer(value: GoValue, verb: string): void {
    const address = 0xc000010000n;
    if (verb === 'v' && this.flags.sharpV)
      this.out += `(${'type' in value ? value.type : ''})(0x${address.toString(16)})`;
    else if (verb === 'v' || verb === 'p') this.withoutZero(() => this.pad('0x' + address.toString(16)));
    else if ('bdoxX'.includes(verb))
      this.formatInteger({ kind: 'uint', type: 'uintptr', value: address }, verb);
    else this.badVerb(verb, value);
  }

  private formatString(value: GoValue & { kind: 'string' }, verb: string): void {
    switch (verb) {
      case 'v':
        if (this.flags.sharpV) this.quote(value.value);
        else this.pad(this.truncate(value.value));
        return;
      case 's':
        this.pad(this.truncate(value.value));
        return;
      case 'q':
        this.quote(value.value);
        return;
      case 'x':
      case 'X':
        this.hexBytes(encodeUtf8(value.value), verb === 'x' ? LOWER_DIGITS : UPPER_DIGITS);
        return;
      default:
        this.badVerb(verb, value);
    }
  }

  private quote(text: string): void {
    const truncated = this.truncate(text);
    if (this.flags.sharp && canBackquote(truncated)) this.pad('`' + truncated + '`');
    else this.pad(goQuote(truncated, this.flags.plus));
  }

  private hexBytes(bytes: Uint8Array, digits: string): void {
    const { sharp, space, minus } = this.flags;
    let length = bytes.length;
    if (this.flags.precision !== undefined && this.flags.precision < length) length = this.flags.precision;
    let width = 2 * length;
    if (width === 0) {
      if (this.flags.width !== undefined) this.out += this.padding(this.flags.width);
      return;
    }
    if (space) width = (sharp ? width * 2 : width) + length - 1;
    else if (sharp) width += 2;
    const wanted = this.flags.width ?? 0;
    if (wanted > width && !minus) this.out += this.padding(wanted - width);
    const prefix = '0' + digits[16];
    let text = sharp ? prefix : '';
    for (let i = 0; i < length; i++) {
      if (space && i > 0) text += sharp ? ' ' + prefix : ' ';
      const byte = bytes[i] ?? 0;
      text += (digits[byte >> 4] ?? '') + (digits[byte & 0xf] ?? '');
    }
    this.out += text;
    if (wanted > width && minus) this.out += this.padding(wanted - width);
  }

  private formatInteger(value: GoValue & { kind: 'int' | 'uint' }, verb: string): void {
    const signed = value.kind === 'int';
    const bits = BigInt.asUintN(64, value.value);
    switch (verb) {
      case 'v':
        if (this.flags.sharpV && !signed) {
          const sharp = this.flags.sharp;
          this.flags.sharp = true;
          this.integer(bits, 16, signed, verb, LOWER_DIGITS);
          this.flags.sharp = sharp;
        } else this.integer(bits, 10, signed, verb, LOWER_DIGITS);
        return;
      case 'd':
        return this.integer(bits, 10, signed, verb, LOWER_DIGITS);
      case 'b':
        return this.integer(bits, 2, signed, verb, LOWER_DIGITS);
      case 'o':
      case 'O':
        return this.integer(bits, 8, signed, verb, LOWER_DIGITS);
      case 'x':
        return this.integer(bits, 16, signed, verb, LOWER_DIGITS);
      case 'X':
        return this.integer(bits, 16, signed, verb, UPPER_DIGITS);
      case 'c':
        return this.pad(String.fromCodePoint(validRune(bits)));
      case 'q':
        return this.pad(goQuoteRune(validRune(bits), this.flags.plus));
      case 'U':
        return this.unicode(bits);
      default:
        this.badVerb(verb, value);
    }
  }

  /** Go's fmt.fmtInteger: `bits` is the two's-complement pattern of the number. */
  private integer(bits: bigint, base: number, signed: boolean, verb: string, digits: string): void {
    const negative = signed && BigInt.asIntN(64, bits) < 0n;
    let magnitude = negative ? -BigInt.asIntN(64, bits) : bits;
    let precision = 0;
    const { width } = this.flags;
    if (this.flags.precision !== undefined) {
      precision = this.flags.precision;
      if (precision === 0 && magnitude === 0n) {
        this.withoutZero(() => (this.out += this.padding(width ?? 0)));
        return;
      }
    } else if (this.flags.zero && !this.flags.minus && width !== undefined) {
      precision = width;
      if (negative || this.flags.plus || this.flags.space) precision--;
    }
    let text = '';
    const bigBase = BigInt(base);
    do {
      text = digits[Number(magnitude % bigBase)] + text;
      magnitude /= bigBase;
    } while (magnitude > 0n);
    text = text.padStart(precision, '0');
    if (this.flags.sharp) {
      if (base === 2) text = '0b' + text;
      else if (base === 8 && !text.startsWith('0')) text = '0' + text;
      else if (base === 16) text = '0' + digits[16] + text;
    }
    if (verb === 'O') text = '0o' + text;
    if (negative) text = '-' + text;
    else if (this.flags.plus) text = '+' + text;
    else if (this.flags.space) text = ' ' + text;
    this.withoutZero(() => this.pad(text));
  }

  private unicode(bits: bigint): void {
    const precision = Math.max(this.flags.precision ?? 4, 4);
    let text = 'U+' + bits.toString(16).toUpperCase().padStart(precision, '0');
    if (this.flags.sharp && bits <= 0x10ffffn && isGoPrint(Number(bits))) {
      text += " '" + String.fromCodePoint(Number(bits)) + "'";
    }
    this.withoutZero(() => this.pad(text));
  }

  private formatFloatVerb(value: GoValue & { kind: 'float' }, verb: string): void {
    switch (verb) {
      case 'v':
        return this.float(value.value, 'g', -1);
      case 'b':
      case 'g':
      case 'G':
      case 'x':
      case 'X':
        return this.float(value.value, this.flags.sharpV ? 'g' : verb, -1);
      case 'f':
      case 'e':
      case 'E':
      case 'F':
        return this.flags.sharpV ? this.float(value.value, 'g', -1) : this.float(value.value, verb, 6);
      default:
        this.badVerb(verb, value);
    }
  }

  /** Go's fmt.fmtFloat: sign handling, `#` forms, zero padding after the sign. */
  private float(v: number, format: string, defaultPrecision: number): void {
    const precision = this.flags.precision ?? defaultPrecision;
    let num = formatGoFloat(v, format, precision);
    num = num.startsWith('-') || num.startsWith('+') ? num : '+' + num;
    if (this.flags.space && num.startsWith('+') && !this.flags.plus) num = ' ' + num.slice(1);
    if (num[1] === 'I' || num[1] === 'N') {
      if (num[1] === 'N' && !this.flags.space && !this.flags.plus) num = num.slice(1);
      this.withoutZero(() => this.pad(num));
      return;
    }
    if (this.flags.sharp && format !== 'b') num = sharpFloat(num, format, precision);
    if (this.flags.plus || !num.startsWith('+')) {
      const width = this.flags.width;
      if (this.flags.zero && !this.flags.minus && width !== undefined && width > num.length) {
        this.out += num[0] + this.padding(width - num.length) + num.slice(1);
        return;
      }
      this.pad(num);
      return;
    }
    this.pad(num.slice(1));
  }
}

function validRune(bits: bigint): number {
  if (bits > 0x10ffffn) return 0xfffd;
  const rune = Number(bits);
  return rune >= 0xd800 && rune <= 0xdfff ? 0xfffd : rune;
}

/** strconv.CanBackquote: no backquote, no control characters other than tab, valid UTF-8. */
function canBackquote(text: string): boolean {
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (char === '`' || cp === 0xfeff || (cp < 0x20 && cp !== 0x09) || cp === 0x7f) return false;
    if (cp >= 0xd800 && cp <= 0xdfff) return false;
  }
  return true;
}

/** strconv.FormatFloat for every verb fmt passes on, including `b` and `x`. */
function formatGoFloat(v: number, format: string, precision: number): string {
  if (format === 'b') return binaryFloat(v);
  if (format === 'x' || format === 'X') return hexFloat(v, precision, format === 'X');
  return formatFloat(v, format as FloatFormat, precision);
}

/** The `#` flag: always a decimal point, and %g keeps its trailing zeros. */
function sharpFloat(num: string, format: string, precision: number): string {
  let digits = 0;
  if ('vgGx'.includes(format)) digits = precision === -1 ? 6 : precision;
  let body = num;
  let tail = '';
  let hasPoint = false;
  let sawNonZero = false;
  for (let i = 1; i < body.length; i++) {
    const c = body[i] as string;
    if (c === '.') hasPoint = true;
    else if (c === 'p' || c === 'P' || ((c === 'e' || c === 'E') && format !== 'x' && format !== 'X')) {
      tail = body.slice(i);
      body = body.slice(0, i);
      break;
    } else {
      if (c !== '0') sawNonZero = true;
      if (sawNonZero) digits--;
    }
  }
  if (!hasPoint) {
    if (body.length === 2 && body[1] === '0') digits--;
    body += '.';
  }
  return body + '0'.repeat(Math.max(digits, 0)) + tail;
}

function floatBits(v: number): { negative: boolean; mantissa: bigint; exponent: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  const bits = view.getBigUint64(0);
  return {
    negative: bits >> 63n === 1n,
    mantissa: bits & ((1n << 52n) - 1n),
    exponent: Number((bits >> 52n) & 0x7ffn),
  };
}

/** strconv's 'b' format: decimal mantissa `p` binary exponent. */
function binaryFloat(v: number): string {
  if (!Number.isFinite(v)) return formatFloat(v, 'g', -1);
  const { negative, mantissa, exponent } = floatBits(v);
  const m = exponent === 0 ? mantissa : mantissa | (1n << 52n);
  const e = (exponent === 0 ? 1 : exponent) - 1075;
  return `${negative ? '-' : ''}${m}p${e >= 0 ? '+' : ''}${e}`;
}

/** strconv's 'x' format: `0x1.8p+01`, with `precision` hex digits after the point (-1: as few as needed). */
function hexFloat(v: number, precision: number, upper: boolean): string {
  if (!Number.isFinite(v)) return formatFloat(v, 'g', -1);
  const { negative, mantissa, exponent } = floatBits(v);
  let m = exponent === 0 ? mantissa : mantissa | (1n << 52n);
  let e = (exponent === 0 ? 1 : exponent) - 1075 + 52;
  if (m === 0n) e = 0;
  else {
    while (m < 1n << 52n) {
      m <<= 1n;
      e--;
    }
  }
  let fraction = m & ((1n << 52n) - 1n);
  let lead = m === 0n ? 0n : 1n;
  let digits = 13;
  if (precision >= 0 && precision < 13) {
    const shift = BigInt(4 * (13 - precision));
    const half = 1n << (shift - 1n);
    const remainder = fraction & ((1n << shift) - 1n);
    fraction >>= shift;
    if (remainder > half || (remainder === half && (fraction & 1n) === 1n)) fraction++;
    if (fraction >> BigInt(4 * precision) !== 0n) {
      fraction = 0n;
      lead++;
      if (lead === 2n) {
        lead = 1n;
        e++;
      }
    }
    digits = precision;
  }
  let hex = digits === 0 ? '' : fraction.toString(16).padStart(digits, '0');
  if (precision < 0) hex = hex.replace(/0+$/, '');
  else hex = hex.padEnd(precision, '0');
  const sign = e < 0 ? '-' : '+';
  let text = `${negative ? '-' : ''}0x${lead}${hex ? '.' + hex : ''}p${sign}${String(Math.abs(e)).padStart(2, '0')}`;
  if (upper) text = text.toUpperCase();
  return text;
}

/** Go's parsenum: a decimal number at `start`, at most up to `end`. */
function parseNumber(
  format: string,
  start: number,
  end: number,
): { value: number; ok: boolean; next: number } {
  let value = 0;
  let ok = false;
  let i = start;
  for (; i < end && /[0-9]/.test(format[i] ?? ''); i++) {
    if (value > TOO_LARGE) return { value: 0, ok: false, next: end };
    value = value * 10 + Number(format[i]);
    ok = true;
  }
  return { value, ok, next: i };
}

/** fmt.Sprintf(format, args...) */
export function sprintf(format: string, args: readonly GoValue[]): string {
  const p = new Printer();
  let argNum = 0;
  let reordered = false;
  const end = format.length;

  /** Go's argNumber: an explicit `[n]` index at `i`. */
  const argNumber = (i: number): { i: number; found: boolean; good: boolean } => {
    if (format[i] !== '[') return { i, found: false, good: true };
    reordered = true;
    const close = format.indexOf(']', i + 1);
    if (format.length - i < 3 || close < 0) return { i: i + 1, found: false, good: false };
    const parsed = parseNumber(format, i + 1, close);
    if (!parsed.ok || parsed.next !== close) return { i: close + 1, found: false, good: false };
    const index = parsed.value - 1;
    if (index >= 0 && index < args.length) {
      argNum = index;
      return { i: close + 1, found: true, good: true };
    }
    return { i: close + 1, found: true, good: false };
  };

  /** Go's intFromArg, for `*` widths and precisions. */
  const intFromArg = (): number | undefined => {
    const arg = args[argNum];
    if (arg === undefined) return undefined;
    argNum++;
    if (
      (arg.kind === 'int' || arg.kind === 'uint') &&
      arg.value >= -BigInt(TOO_LARGE) &&
      arg.value <= BigInt(TOO_LARGE)
    ) {
      return Number(arg.value);
    }
    return undefined;
  };

  let i = 0;
  while (i < end) {
    let goodArgNum = true;
    const percent = format.indexOf('%', i);
    if (percent < 0) {
      p.out += format.slice(i);
      break;
    }
    p.out += format.slice(i, percent);
    i = percent + 1;
    p.flags = cleanFlags();

    flags: for (; i < end; i++) {
      switch (format[i]) {
        case '#':
          p.flags.sharp = true;
          break;
        case '0':
          p.flags.zero = !p.flags.minus;
          break;
        case '+':
          p.flags.plus = true;
          break;
        case '-':
          p.flags.minus = true;
          p.flags.zero = false;
          break;
        case ' ':
          p.flags.space = true;
          break;
        default:
          break flags;
      }
    }

    let index = argNumber(i);
    i = index.i;
    goodArgNum &&= index.good;
    let afterIndex = index.found;

    if (format[i] === '*') {
      i++;
      const width = intFromArg();
      if (width === undefined) p.out += '%!(BADWIDTH)';
      else if (width < 0) {
        p.flags.width = -width;
        p.flags.minus = true;
        p.flags.zero = false;
      } else p.flags.width = width;
      afterIndex = false;
    } else {
      const width = parseNumber(format, i, end);
      if (width.ok) p.flags.width = width.value;
      i = width.next;
      if (afterIndex && width.ok) goodArgNum = false;
    }

    if (i + 1 < end && format[i] === '.') {
      i++;
      if (afterIndex) goodArgNum = false;
      index = argNumber(i);
      i = index.i;
      goodArgNum &&= index.good;
      afterIndex = index.found;
      if (format[i] === '*') {
        i++;
        const precision = intFromArg();
        if (precision === undefined) p.out += '%!(BADPREC)';
        else if (precision >= 0) p.flags.precision = precision;
        afterIndex = false;
      } else {
        const precision = parseNumber(format, i, end);
        p.flags.precision = precision.ok ? precision.value : 0;
        i = precision.next;
      }
    }

    if (!afterIndex) {
      index = argNumber(i);
      i = index.i;
      goodArgNum &&= index.good;
    }

    if (i >= end) {
      p.out += '%!(NOVERB)';
      break;
    }
    const verb = String.fromCodePoint(format.codePointAt(i) ?? 0);
    i += verb.length;

    if (verb === '%') p.out += '%';
    else if (!goodArgNum) p.out += `%!${verb}(BADINDEX)`;
    else if (argNum >= args.length) p.out += `%!${verb}(MISSING)`;
    else {
      if (verb === 'v') {
        p.flags.sharpV = p.flags.sharp;
        p.flags.sharp = false;
        p.flags.plusV = p.flags.plus;
        p.flags.plus = false;
      }
      p.printArg(args[argNum] as GoValue, verb);
      argNum++;
    }
  }

  if (!reordered && argNum < args.length) {
    p.flags = cleanFlags();
    p.out += '%!(EXTRA ';
    args.slice(argNum).forEach((arg, k) => {
      if (k > 0) p.out += ', ';
      if (arg.kind === 'nil') p.out += '<nil>';
      else {
        p.out += arg.type + '=';
        p.printArg(arg, 'v');
      }
    });
    p.out += ')';
  }
  return p.out;
}
