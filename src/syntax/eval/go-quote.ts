/**
 * Go's string and rune quoting (strconv.Quote and friends), used wherever
 * Alloy prints a string back as text.
 */
import { runes, rawByte } from './utf8';

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export function isGoPrint(codePoint: number): boolean {
  if (codePoint === 0x20) return true;
  if (codePoint < 0x20 || codePoint === 0x7f) return false;
  if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) return false;
  return PRINTABLE.test(String.fromCodePoint(codePoint));
}

function hex(value: number, width: number): string {
  return value.toString(16).padStart(width, '0');
}

const NAMED_ESCAPES: ReadonlyMap<number, string> = new Map([
  [0x07, '\\a'],
  [0x08, '\\b'],
  [0x0c, '\\f'],
  [0x0a, '\\n'],
  [0x0d, '\\r'],
  [0x09, '\\t'],
  [0x0b, '\\v'],
]);

function escapeRune(codePoint: number, quote: string, asciiOnly: boolean): string {
  const char = String.fromCodePoint(codePoint);
  if (char === quote || char === '\\') return '\\' + char;
  if (asciiOnly ? codePoint < 0x80 && isGoPrint(codePoint) : isGoPrint(codePoint)) return char;
  const named = NAMED_ESCAPES.get(codePoint);
  if (named) return named;
  if (codePoint < 0x20 || codePoint === 0x7f) return '\\x' + hex(codePoint, 2);
  if (codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff)) codePoint = 0xfffd;
  return codePoint < 0x10000 ? '\\u' + hex(codePoint, 4) : '\\U' + hex(codePoint, 8);
}

/** strconv.Quote (or QuoteToASCII): a double-quoted Go string literal; invalid bytes print as `\xNN`. */
export function goQuote(text: string, asciiOnly = false): string {
  let out = '"';
  for (const rune of runes(text)) {
    const byte = rune.invalid ? rawByte(rune.text) : undefined;
    out += byte !== undefined ? '\\x' + hex(byte, 2) : escapeRune(rune.codePoint, '"', asciiOnly);
  }
  return out + '"';
}

/** strconv.QuoteRune (or QuoteRuneToASCII): a single-quoted Go rune literal. */
export function goQuoteRune(codePoint: number, asciiOnly = false): string {
  const valid = codePoint <= 0x10ffff && !(codePoint >= 0xd800 && codePoint <= 0xdfff);
  return "'" + escapeRune(valid ? codePoint : 0xfffd, "'", asciiOnly) + "'";
}
