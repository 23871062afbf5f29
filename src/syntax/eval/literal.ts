/**
 * The values of literal tokens (spec 4.2): integer literals with Go's base
 * rules, floats, and string literals with their escapes.
 */
import type { LiteralExpr } from '../ast';
import { NULL, bool, float, int, string, uint, type Value } from '../value';
import { decodeUtf8, encodeUtf8 } from './utf8';

const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

/** Thrown for a literal Alloy cannot represent (a float that overflows). */
export class LiteralError extends Error {}

export function literalValue(literal: LiteralExpr): Value {
  switch (literal.token) {
    case 'NULL':
      return NULL;
    case 'BOOL':
      return bool(literal.raw === 'true');
    case 'NUMBER':
      return integerLiteral(literal.raw);
    case 'FLOAT':
      return float(parseFloatLiteral(literal.raw));
    case 'STRING':
      return string(unquote(literal.raw));
  }
}

/**
 * Integer literals are tried as int64, then uint64 — both with Go's automatic
 * base, so a leading 0 means octal — and finally as a decimal float.
 */
function integerLiteral(raw: string): Value {
  const parsed = parseAutoBase(raw);
  if (parsed !== undefined && parsed <= INT64_MAX) return int(parsed);
  if (parsed !== undefined && parsed <= UINT64_MAX) return uint(parsed);
  return float(parseFloatLiteral(raw));
}

function parseAutoBase(raw: string): bigint | undefined {
  if (raw.length > 1 && raw.startsWith('0')) {
    return /^[0-7]+$/.test(raw) ? BigInt('0o' + raw.slice(1)) : undefined;
  }
  return /^[0-9]+$/.test(raw) ? BigInt(raw) : undefined;
}

function parseFloatLiteral(raw: string): number {
  const value = Number(raw);
  if (!Number.isFinite(value)) {
    throw new LiteralError(`strconv.ParseFloat: parsing ${JSON.stringify(raw)}: value out of range`);
  }
  return value;
}

const SIMPLE_ESCAPES: Readonly<Record<string, number>> = {
  a: 0x07,
  b: 0x08,
  f: 0x0c,
  n: 0x0a,
  r: 0x0d,
  t: 0x09,
  v: 0x0b,
  '\\': 0x5c,
  '"': 0x22,
};

/** `\xNN`, `\uNNNN` and `\UNNNNNNNN`: the number of hex digits each takes. */
const HEX_ESCAPE_WIDTHS: Readonly<Record<string, number>> = { x: 2, u: 4, U: 8 };

/**
 * The text of a string literal: raw strings verbatim minus carriage returns,
 * double-quoted strings with their escapes. `\xNN` and `\NNN` insert bytes,
 * so the literal is assembled as bytes and decoded at the end.
 */
export function unquote(raw: string): string {
  if (raw.startsWith('`'))
    return raw.slice(1, raw.endsWith('`') && raw.length > 1 ? -1 : undefined).replace(/\r/g, '');
  const body = raw.slice(1, raw.endsWith('"') && raw.length > 1 ? -1 : undefined);
  if (!body.includes('\\')) return body;
  const bytes: number[] = [];
  let i = 0;
  while (i < body.length) {
    const slash = body.indexOf('\\', i);
    const end = slash < 0 ? body.length : slash;
    if (end > i) bytes.push(...encodeUtf8(body.slice(i, end)));
    if (slash < 0) break;
    i = slash + 1 + readEscape(body, slash + 1, bytes);
  }
  return decodeUtf8(bytes);
}

/** Appends the bytes of the escape starting after a backslash; returns its length. Bad escapes stay as written. */
function readEscape(body: string, at: number, bytes: number[]): number {
  const letter = body[at] ?? '';
  const simple = SIMPLE_ESCAPES[letter];
  if (simple !== undefined) {
    bytes.push(simple);
    return 1;
  }
  const width = HEX_ESCAPE_WIDTHS[letter];
  if (width !== undefined) {
    const digits = body.slice(at + 1, at + 1 + width);
    if (digits.length === width && /^[0-9a-fA-F]+$/.test(digits)) {
      const value = parseInt(digits, 16);
      if (letter === 'x') bytes.push(value);
      else bytes.push(...encodeUtf8(String.fromCodePoint(Math.min(value, 0x10ffff))));
      return 1 + width;
    }
  }
  const octal = body.slice(at, at + 3);
  if (/^[0-7]{3}$/.test(octal)) {
    bytes.push(parseInt(octal, 8) & 0xff);
    return 3;
  }
  bytes.push(0x5c);
  return 0;
}
