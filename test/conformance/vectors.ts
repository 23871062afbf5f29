/**
 * The Alloy conformance data (test/fixtures/conformance/alloy-syntax, see its
 * README): loading it, and translating between its positions and ours.
 *
 * The data speaks Go: positions are `line:col` with the column in UTF-8
 * bytes, offsets count bytes, inputs that are not valid UTF-8 come as hex.
 * Our positions count UTF-16 code units. Invalid UTF-8 bytes are decoded to
 * lone surrogates (U+DC80–U+DCFF, one per byte), which is how the engine
 * models undecodable bytes (see src/syntax/line-index.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Position, Range } from '../../src/syntax/diagnostic';
import { LineIndex, utf8Column, utf8Length } from '../../src/syntax/line-index';

export const CONFORMANCE_DIR = fileURLToPath(
  new URL('../fixtures/conformance/alloy-syntax/', import.meta.url),
);

/** A fixture file's text, by path relative to the conformance directory. */
export function readFixture(relativePath: string): string {
  return readFileSync(CONFORMANCE_DIR + relativePath, 'utf8');
}

export type ScannerVector = {
  id: string;
  mode: 'default' | 'noTerminators';
  input?: string;
  inputHex?: string;
  tokens: { tok: string; lit: string; litHex?: string; pos: string; offset: number }[];
  errors: { message: string; pos: string; offset: number }[];
};

export type IdentifierVector =
  | { id: string; function: 'isValidIdentifier'; input: string; valid: boolean }
  | { id: string; function: 'sanitizeIdentifier'; input: string; output?: string; error?: string };

export type ErrorVector = { message: string; pos?: string; end?: string };

export type ParseVector = {
  id: string;
  kind: 'expression' | 'file';
  input: string;
  ok: boolean;
  formatted?: string;
  errors?: ErrorVector[];
  errorString?: string;
  pretty?: string;
  file?: string;
  filename?: string;
};

export type DiagPrinterVector = {
  id: string;
  files: Record<string, string>;
  diagnostics: {
    severity: 'error' | 'warning';
    file: string;
    start: string;
    end?: string;
    message: string;
  }[];
  expect: string;
};

/** The sections of vectors.json typed so far; the others are there as parsed JSON. */
export type Vectors = {
  meta: Record<string, unknown>;
  scanner: ScannerVector[];
  identifiers: IdentifierVector[];
  parse: ParseVector[];
  diagPrinter: DiagPrinterVector[];
  [section: string]: unknown;
};

let cached: Vectors | undefined;

export function loadVectors(): Vectors {
  cached ??= JSON.parse(readFixture('vectors.json')) as Vectors;
  return cached;
}

/** Decodes UTF-8 bytes given in hex; each invalid byte becomes a lone surrogate U+DC80–U+DCFF. */
export function decodeHex(hex: string): string {
  const bytes = Uint8Array.from(hex.match(/../g) ?? [], (pair) => parseInt(pair, 16));
  let text = '';
  for (let i = 0; i < bytes.length;) {
    const length = validSequenceLength(bytes, i);
    if (length === 0) {
      text += String.fromCharCode(0xdc00 + (bytes[i] ?? 0));
      i++;
    } else {
      text += new TextDecoder().decode(bytes.subarray(i, i + length));
      i += length;
    }
  }
  return text;
}

/** Encodes text to UTF-8 hex, turning lone surrogates back into the bytes they stand for. */
export function encodeHex(text: string): string {
  let hex = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const bytes = code >= 0xd800 && code <= 0xdfff ? [code & 0xff] : new TextEncoder().encode(char);
    for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
  }
  return hex;
}

/** Length of the valid UTF-8 sequence starting at `i`, 0 if the byte there starts none. */
function validSequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  const length =
    lead < 0x80
      ? 1
      : lead >= 0xc2 && lead <= 0xdf
        ? 2
        : lead >= 0xe0 && lead <= 0xef
          ? 3
          : lead >= 0xf0 && lead <= 0xf4
            ? 4
            : 0;
  if (length <= 1) return length;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(i, i + length));
    return length;
  } catch {
    return 0;
  }
}

/** Our position as the data writes it: `line:col` with a byte column. */
export function alloyPosition(text: string, position: Position): string {
  return `${position.line}:${utf8Column(text, position)}`;
}

/** Our position's byte offset. */
export function alloyOffset(text: string, position: Position): number {
  return utf8Length(text, 0, position.offset);
}

/**
 * The end of our (half-open) range as Alloy reports ends: the byte position
 * of the range's last byte; the start for an empty range.
 */
export function alloyEnd(text: string, range: Range): string {
  if (range.end.offset <= range.start.offset) return alloyPosition(text, range.start);
  const lines = new LineIndex(text);
  const lastChar = lastCharacterStart(text, range.end.offset);
  const position = lines.position(lastChar);
  const lastByteColumn = utf8Column(text, position) + utf8Length(text, lastChar, range.end.offset) - 1;
  return `${position.line}:${lastByteColumn}`;
}

function lastCharacterStart(text: string, end: number): number {
  const low = text.charCodeAt(end - 1);
  const high = text.charCodeAt(end - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? end - 2 : end - 1;
}

/** The UTF-16 offset of the character holding the byte at Alloy position `line:col`. */
export function offsetOfAlloyPosition(text: string, position: string): number {
  const [line = 1, byteColumn = 1] = position.split(':').map(Number);
  const lines = new LineIndex(text);
  let offset = lines.offsetAt(line, 1);
  let bytes = 1;
  while (offset < text.length && text.charCodeAt(offset) !== 0x0a) {
    const width = isSurrogatePairAt(text, offset) ? 2 : 1;
    const next = bytes + utf8Length(text, offset, offset + width);
    if (next > byteColumn) break;
    bytes = next;
    offset += width;
  }
  return offset;
}

/** Our range for Alloy's `start` and inclusive `end` (the start alone when there is no end). */
export function rangeOfAlloyPositions(text: string, start: string, end?: string): Range {
  const lines = new LineIndex(text);
  const startOffset = offsetOfAlloyPosition(text, start);
  if (end === undefined) return { start: lines.position(startOffset), end: lines.position(startOffset) };
  const lastChar = offsetOfAlloyPosition(text, end);
  const endOffset = lastChar + (isSurrogatePairAt(text, lastChar) ? 2 : 1);
  return { start: lines.position(startOffset), end: lines.position(Math.min(endOffset, text.length)) };
}

function isSurrogatePairAt(text: string, offset: number): boolean {
  const high = text.charCodeAt(offset);
  const low = text.charCodeAt(offset + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}
