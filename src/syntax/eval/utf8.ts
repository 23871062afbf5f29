/**
 * Alloy strings are Go byte strings; JavaScript strings are UTF-16. Valid
 * UTF-8 maps onto JavaScript text as usual, and every byte that is not part
 * of valid UTF-8 is held as one lone surrogate U+DC80–U+DCFF (the byte value
 * plus 0xDC00), so that any byte string survives a round trip.
 */

const RAW_BYTE_BASE = 0xdc00;
export const RUNE_ERROR = 0xfffd;

/** Encodes a string to UTF-8, turning held raw bytes back into themselves. */
export function encodeUtf8(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    if (cp >= 0xdc80 && cp <= 0xdcff) out.push(cp - RAW_BYTE_BASE);
    else pushUtf8(out, cp >= 0xd800 && cp <= 0xdfff ? RUNE_ERROR : cp);
  }
  return Uint8Array.from(out);
}

function pushUtf8(out: number[], cp: number): void {
  if (cp < 0x80) out.push(cp);
  else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
  else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
}

/** Decodes bytes as Go does: invalid sequences are consumed one byte at a time and held as raw bytes. */
export function decodeUtf8(bytes: ArrayLike<number>): string {
  let text = '';
  let i = 0;
  while (i < bytes.length) {
    const rune = decodeRune(bytes, i);
    if (rune.valid) text += String.fromCodePoint(rune.codePoint);
    else text += String.fromCharCode(RAW_BYTE_BASE + (bytes[i] ?? 0));
    i += rune.size;
  }
  return text;
}

type DecodedRune = { codePoint: number; size: number; valid: boolean };

/** Go's utf8.DecodeRune: rejects overlong forms, surrogates and values above U+10FFFF. */
function decodeRune(bytes: ArrayLike<number>, at: number): DecodedRune {
  const b0 = bytes[at] ?? 0;
  if (b0 < 0x80) return { codePoint: b0, size: 1, valid: true };
  const invalid: DecodedRune = { codePoint: RUNE_ERROR, size: 1, valid: false };
  let size: number;
  let min: number;
  let cp: number;
  if (b0 >= 0xc2 && b0 <= 0xdf) [size, min, cp] = [2, 0x80, b0 & 0x1f];
  else if (b0 >= 0xe0 && b0 <= 0xef) [size, min, cp] = [3, 0x800, b0 & 0x0f];
  else if (b0 >= 0xf0 && b0 <= 0xf4) [size, min, cp] = [4, 0x10000, b0 & 0x07];
  else return invalid;
  if (at + size > bytes.length) return invalid;
  for (let k = 1; k < size; k++) {
    const b = bytes[at + k] ?? 0;
    if ((b & 0xc0) !== 0x80) return invalid;
    cp = (cp << 6) | (b & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return invalid;
  return { codePoint: cp, size, valid: true };
}

/** A character as Go's `range` over a string sees it. */
export type Rune = {
  /** The code point; U+FFFD for a byte that is not valid UTF-8. */
  codePoint: number;
  /** The character's own text (a held raw byte stays a raw byte). */
  text: string;
  /** Whether this is a byte that is not valid UTF-8. */
  invalid: boolean;
};

/** Iterates a string the way Go ranges over a byte string. */
export function* runes(text: string): Generator<Rune> {
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp >= 0xd800 && cp <= 0xdfff) yield { codePoint: RUNE_ERROR, text: char, invalid: true };
    else yield { codePoint: cp, text: char, invalid: false };
  }
}

/** The value of a held raw byte, or undefined for any other character. */
export function rawByte(char: string): number | undefined {
  const cp = char.charCodeAt(0);
  return char.length === 1 && cp >= 0xdc80 && cp <= 0xdcff ? cp - RAW_BYTE_BASE : undefined;
}

/** Number of UTF-8 bytes of a string (Go's `len`). */
export function byteLength(text: string): number {
  return encodeUtf8(text).length;
}

/** Byte-wise comparison of two strings, like Go's `<` on strings. */
export function compareBytes(a: string, b: string): number {
  if (!/[\ud800-\udfff]/.test(a) && !/[\ud800-\udfff]/.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  const x = encodeUtf8(a);
  const y = encodeUtf8(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
