/**
 * The Alloy scanner: turns source text into tokens (spec section 2).
 *
 * It mirrors the reference scanner's model so that tokens and errors match it
 * exactly: one current character (`ch`, a code point) that has already been
 * read, read errors (NUL, byte order mark, invalid encoding) reported at the
 * moment a character is read, and automatic TERMINATOR insertion after the
 * tokens that can end a statement. Hot loops run over char codes and skip
 * runs of plain characters without per-character work.
 */
import type { Diagnostic } from './diagnostic';
import { LineIndex } from './line-index';
import { formatCodePoint, type Token, type TokenKind } from './token';

/** Receives a scan error: the message and the offsets it covers (half-open). */
export type ScanErrorHandler = (message: string, start: number, end: number) => void;

export type ScanOptions = {
  /**
   * Insert TERMINATOR tokens at the ends of statements (default true). Alloy's
   * scanner tests switch this off; a parser always needs it.
   */
  terminators?: boolean;
};

// Typed as plain numbers so that comparing `this.ch` with them never narrows
// its type (the compiler cannot see that `read()` changes it).
const EOF: number = -1;
const BOM: number = 0xfeff;
const REPLACEMENT: number = 0xfffd;

const LF: number = 0x0a;
const CR: number = 0x0d;
const TAB: number = 0x09;
const SPACE: number = 0x20;
const SLASH: number = 0x2f;
const STAR: number = 0x2a;
const BACKSLASH: number = 0x5c;
const DOT: number = 0x2e;

const LETTER = /^\p{L}$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;

/** A letter may start an identifier: ASCII letters, `_`, and any Unicode letter (L*). */
export function isLetter(ch: number): boolean {
  const lower = ch | 0x20;
  if (lower >= 0x61 && lower <= 0x7a) return true;
  if (ch === 0x5f) return true;
  return ch >= 0x80 && LETTER.test(String.fromCodePoint(ch));
}

/** A digit may continue an identifier: `0`–`9` and any Unicode decimal digit (Nd). */
export function isDigit(ch: number): boolean {
  if (ch >= 0x30 && ch <= 0x39) return true;
  return ch >= 0x80 && DECIMAL_DIGIT.test(String.fromCodePoint(ch));
}

function isDecimal(ch: number): boolean {
  return ch >= 0x30 && ch <= 0x39;
}

function isAsciiIdentifierPart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** Value of a hexadecimal digit, 16 for anything else. */
function digitValue(ch: number): number {
  if (ch >= 0x30 && ch <= 0x39) return ch - 0x30;
  const lower = ch | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return 16;
}

/**
 * A pull scanner: each `next()` scans one token and exposes it through
 * `kind`, `start`, `end` and `literal`.
 */
export class Scanner {
  /** The current token. */
  kind: TokenKind = 'EOF';
  /** Offset where the current token starts. */
  start = 0;
  /** Offset just past the current token's source text. */
  end = 0;
  /** The current token's literal (see `Token`). */
  literal = '';

  private readonly src: string;
  private readonly onError: ScanErrorHandler | null;
  private readonly insertTerminators: boolean;

  /** Current character (code point), EOF at the end of input. */
  private ch = EOF;
  /** Offset of `ch`. */
  private offset = 0;
  /** Offset of the character after `ch`. */
  private readOffset = 0;
  /** Whether the next newline or end of input ends a statement. */
  private insertTerm = false;
  /**
   * Offset up to which characters have been read before. Looking ahead
   * reads some characters twice; their read errors are reported the first
   * time only.
   */
  private readMark = 0;

  constructor(source: string, onError: ScanErrorHandler | null = null, options: ScanOptions = {}) {
    this.src = source;
    this.onError = onError;
    this.insertTerminators = options.terminators ?? true;
    this.read();
    if (this.ch === BOM) this.read(); // A leading byte order mark is ignored.
  }

  /** Scans the next token and returns its kind. */
  next(): TokenKind {
    this.skipWhitespace();

    const start = this.offset;
    const ch = this.ch;
    let kind: TokenKind;
    let literal = '';
    let insertTerm = false;

    if (isLetter(ch)) {
      literal = this.scanIdentifier();
      kind = literal === 'true' || literal === 'false' ? 'BOOL' : literal === 'null' ? 'NULL' : 'IDENT';
      insertTerm = true;
    } else if (isDecimal(ch) || (ch === DOT && isDecimal(this.src.charCodeAt(this.readOffset)))) {
      kind = this.scanNumber();
      literal = this.src.slice(start, this.offset);
      insertTerm = true;
    } else {
      this.read(); // Make progress; `ch` is the first character, `this.ch` the second.
      switch (ch) {
        case EOF:
          if (this.insertTerm) return this.terminator(start);
          kind = 'EOF';
          break;
        case LF:
          // Only reached with a pending terminator; other newlines are whitespace.
          return this.terminator(start);
        case 0x27: // '
          this.error('illegal single-quoted string; use double quotes', start, start + 1);
          kind = 'ILLEGAL';
          literal = this.scanString(0x27, true);
          insertTerm = true;
          break;
        case 0x22: // "
          kind = 'STRING';
          literal = this.scanString(0x22, true);
          insertTerm = true;
          break;
        case 0x60: // `
          kind = 'STRING';
          literal = this.scanString(0x60, false);
          insertTerm = true;
          break;
        case 0x7c: // |
          if (this.ch === 0x7c) this.read();
          else this.error('missing second | in ||', this.offset, this.offset);
          kind = '||';
          break;
        case 0x26: // &
          if (this.ch === 0x26) this.read();
          else this.error('missing second & in &&', this.offset, this.offset);
          kind = '&&';
          break;
        case 0x21: // !
          kind = this.switch2('!', '!=');
          break;
        case 0x3d: // =
          kind = this.switch2('=', '==');
          break;
        case 0x3c: // <
          kind = this.switch2('<', '<=');
          break;
        case 0x3e: // >
          kind = this.switch2('>', '>=');
          break;
        case 0x2b:
          kind = '+';
          break;
        case 0x2d:
          kind = '-';
          break;
        case STAR:
          kind = '*';
          break;
        case SLASH:
          if (this.ch === SLASH || this.ch === STAR) {
            // A comment running to the end of the line ends a pending statement
            // first: the terminator comes before the comment, at its start.
            if (this.insertTerm && this.commentEndsLine(start)) {
              this.ch = SLASH;
              this.offset = start;
              this.readOffset = start + 1;
              return this.terminator(start);
            }
            kind = 'COMMENT';
            literal = this.scanComment();
          } else {
            kind = '/';
          }
          break;
        case 0x25:
          kind = '%';
          break;
        case 0x5e:
          kind = '^';
          break;
        case 0x7b:
          kind = '{';
          break;
        case 0x7d:
          kind = '}';
          insertTerm = true;
          break;
        case 0x28:
          kind = '(';
          break;
        case 0x29:
          kind = ')';
          insertTerm = true;
          break;
        case 0x5b:
          kind = '[';
          break;
        case 0x5d:
          kind = ']';
          insertTerm = true;
          break;
        case 0x2c:
          kind = ',';
          break;
        case DOT:
          kind = '.';
          break;
        default:
          // A misplaced byte order mark was reported when it was read.
          if (ch !== BOM) this.error(`illegal character ${formatCodePoint(ch)}`, start, this.offset);
          kind = 'ILLEGAL';
          literal = this.src.slice(start, this.offset);
          insertTerm = this.insertTerm; // An illegal character keeps the pending state.
      }
    }

    if (this.insertTerminators) this.insertTerm = insertTerm;
    this.kind = kind;
    this.start = start;
    this.end = this.offset;
    this.literal = literal;
    return kind;
  }

  /** Makes the current token a (zero-width) TERMINATOR at `start`. */
  private terminator(start: number): TokenKind {
    this.insertTerm = false;
    this.kind = 'TERMINATOR';
    this.start = start;
    this.end = start;
    this.literal = '\n';
    return 'TERMINATOR';
  }

  /** Reads the character at `readOffset` into `ch`, reporting read errors. */
  private read(): void {
    const src = this.src;
    const off = this.readOffset;
    if (off >= src.length) {
      this.offset = src.length;
      this.ch = EOF;
      return;
    }
    this.offset = off;
    let c = src.charCodeAt(off);
    let width = 1;
    let readError: string | null = null;
    if (c === 0) {
      readError = 'illegal character NUL';
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const low = c <= 0xdbff ? src.charCodeAt(off + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
        width = 2;
      } else {
        readError = 'illegal UTF-8 encoding';
        c = REPLACEMENT;
      }
    } else if (c === BOM && off > 0) {
      readError = 'illegal byte order mark';
    }
    if (readError !== null && off >= this.readMark) this.error(readError, off, off + 1);
    this.readOffset = off + width;
    if (this.readOffset > this.readMark) this.readMark = this.readOffset;
    this.ch = c;
  }

  /** Moves to `offset` and reads the character there. */
  private seek(offset: number): void {
    this.readOffset = offset;
    this.read();
  }

  /**
   * Skips the run of plain characters starting at `ch`: tab and printable
   * characters below the surrogates, except `stopA` and `stopB`. None of them
   * needs a read check, so they are passed over by char code.
   */
  private skipPlain(stopA: number, stopB: number): void {
    const src = this.src;
    let i = this.offset;
    for (;;) {
      const c = src.charCodeAt(i);
      if ((c >= SPACE || c === TAB) && c < 0xd800 && c !== stopA && c !== stopB) i++;
      else break;
    }
    if (i !== this.offset) this.seek(i);
  }

  private error(message: string, start: number, end: number): void {
    if (this.onError !== null) this.onError(message, start, end);
  }

  private skipWhitespace(): void {
    const src = this.src;
    let i = this.offset;
    for (;;) {
      const c = src.charCodeAt(i);
      if (c === SPACE || c === TAB || c === CR || (c === LF && !this.insertTerm)) i++;
      else break;
    }
    if (i !== this.offset) this.seek(i);
  }

  private switch2(single: TokenKind, double: TokenKind): TokenKind {
    if (this.ch !== 0x3d) return single;
    this.read();
    return double;
  }

  /** Scans an identifier or keyword; `ch` is its first letter. */
  private scanIdentifier(): string {
    const start = this.offset;
    const src = this.src;
    let i = this.readOffset;
    while (isAsciiIdentifierPart(src.charCodeAt(i))) i++;
    this.seek(i);
    while (this.ch >= 0x80 && (isLetter(this.ch) || isDigit(this.ch))) {
      // Past a non-ASCII letter or digit every character goes through `read`.
      this.read();
      while (isLetter(this.ch) || isDigit(this.ch)) this.read();
    }
    return src.slice(start, this.offset);
  }

  /** Scans an integer or float; `ch` is a digit or a `.` followed by one. */
  private scanNumber(): TokenKind {
    const start = this.offset;
    let kind: TokenKind = 'NUMBER';
    if (this.ch !== DOT) this.digits();
    if (this.ch === DOT) {
      kind = 'FLOAT';
      this.read();
      this.digits();
    }
    if ((this.ch | 0x20) === 0x65) {
      kind = 'FLOAT';
      this.read();
      if (this.ch === 0x2b || this.ch === 0x2d) this.read();
      if (this.digits() === 0) this.error('exponent has no digits', start, this.offset);
    }
    return kind;
  }

  private digits(): number {
    let count = 0;
    while (isDecimal(this.ch)) {
      this.read();
      count++;
    }
    return count;
  }

  /**
   * Scans a string whose opening delimiter was consumed. Double- and
   * single-quoted strings have escapes and end at a newline; raw strings
   * (backticks) have neither.
   */
  private scanString(delimiter: number, quoted: boolean): string {
    const start = this.offset - 1;
    for (;;) {
      this.skipPlain(delimiter, BACKSLASH);
      const ch = this.ch;
      if ((quoted && ch === LF) || ch === EOF) {
        this.error('string literal not terminated', start, this.offset);
        break;
      }
      this.read();
      if (ch === delimiter) break;
      if (quoted && ch === BACKSLASH) this.scanEscape();
    }
    return this.src.slice(start, this.offset);
  }

  /** Scans an escape sequence after its backslash, stopping at an offending character. */
  private scanEscape(): void {
    const start = this.offset;
    let count: number;
    let base: number;
    let max: number;
    switch (this.ch) {
      case 0x61: // a
      case 0x62: // b
      case 0x66: // f
      case 0x6e: // n
      case 0x72: // r
      case 0x74: // t
      case 0x76: // v
      case BACKSLASH:
      case 0x22: // "
        this.read();
        return;
      case 0x30:
      case 0x31:
      case 0x32:
      case 0x33:
      case 0x34:
      case 0x35:
      case 0x36:
      case 0x37:
        [count, base, max] = [3, 8, 255];
        break;
      case 0x78: // x
        this.read();
        [count, base, max] = [2, 16, 255];
        break;
      case 0x75: // u
        this.read();
        [count, base, max] = [4, 16, 0x10ffff];
        break;
      case 0x55: // U
        this.read();
        [count, base, max] = [8, 16, 0x10ffff];
        break;
      default:
        if (this.ch === EOF) this.error('escape sequence not terminated', start, start);
        else this.error('unknown escape sequence', start, this.readOffset);
        return;
    }

    let value = 0;
    for (; count > 0; count--) {
      const digit = digitValue(this.ch);
      if (digit >= base) {
        if (this.ch === EOF) this.error('escape sequence not terminated', start, this.offset);
        else
          this.error(
            `illegal character ${formatCodePoint(this.ch)} in escape sequence`,
            start,
            this.readOffset,
          );
        return;
      }
      value = value * base + digit;
      this.read();
    }
    if (value > max || (value >= 0xd800 && value < 0xe000)) {
      this.error('escape sequence is invalid Unicode code point', start, this.offset);
    }
  }

  /**
   * Scans a comment whose `/` was consumed (`ch` is the second `/` or `*`).
   * Returns its literal: carriage returns removed (spec 2.3).
   */
  private scanComment(): string {
    const start = this.offset - 1;
    let carriageReturns = 0;
    const block = this.ch === STAR;
    this.read();
    if (!block) {
      for (;;) {
        this.skipPlain(-1, -1);
        if (this.ch === LF || this.ch === EOF) break;
        if (this.ch === CR) carriageReturns++;
        this.read();
      }
    } else {
      let terminated = false;
      while (!terminated) {
        this.skipPlain(STAR, -1);
        const ch = this.ch;
        if (ch === EOF) break;
        if (ch === CR) carriageReturns++;
        this.read();
        if (ch === STAR && this.ch === SLASH) {
          this.read();
          terminated = true;
        }
      }
      if (!terminated) this.error('block comment not terminated', start, this.offset);
    }

    let text = this.src.slice(start, this.offset);
    if (carriageReturns > 0 && text.charCodeAt(text.length - 1) === CR) {
      // A line comment ending in CRLF: its CR is not part of it.
      text = text.slice(0, -1);
      carriageReturns--;
    }
    return carriageReturns > 0 ? stripCarriageReturns(text, block) : text;
  }

  /**
   * Whether the comment starting at `slash` (`ch` is its second character)
   * runs to the end of its line: a `//` comment, or `/* *\/` comments
   * followed only by blanks and further such comments up to a newline or the
   * end of input, or a block comment holding a newline. Looks ahead and
   * restores the scanner state.
   */
  private commentEndsLine(slash: number): boolean {
    const endsLine = this.lookAheadForLineEnd();
    this.seek(slash + 1);
    return endsLine;
  }

  private lookAheadForLineEnd(): boolean {
    while (this.ch === SLASH || this.ch === STAR) {
      if (this.ch === SLASH) return true;
      this.read();
      while (this.ch !== EOF) {
        const ch = this.ch;
        if (ch === LF) return true;
        this.read();
        if (ch === STAR && this.ch === SLASH) {
          this.read();
          break;
        }
      }
      this.skipWhitespace(); // A terminator is pending, so this stops at a newline.
      if (this.ch === EOF || this.ch === LF) return true;
      if (this.ch !== SLASH) return false;
      this.read();
    }
    return false;
  }
}

/**
 * Removes carriage returns from a comment, keeping one between `*` and `/`
 * in a block comment (removing it would close the comment early).
 */
function stripCarriageReturns(text: string, block: boolean): string {
  let out = '';
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    const keepsCommentOpen =
      block && out.length > 2 && out.charCodeAt(out.length - 1) === STAR && text.charCodeAt(j + 1) === SLASH;
    if (c !== CR || keepsCommentOpen) out += text[j];
  }
  return out;
}

export type ScanResult = { tokens: Token[]; diagnostics: Diagnostic[] };

/**
 * Scans a whole source into tokens (ending with EOF) and the scan errors, for
 * tools that want the token stream: editor tokenizers, the formatter.
 */
export function scan(source: string, options: ScanOptions = {}): ScanResult {
  const lines = new LineIndex(source);
  const diagnostics: Diagnostic[] = [];
  const scanner = new Scanner(
    source,
    (message, start, end) => diagnostics.push(syntaxDiagnostic(lines, message, start, end)),
    options,
  );
  const tokens: Token[] = [];
  for (;;) {
    const kind = scanner.next();
    tokens.push({ kind, literal: scanner.literal, range: { start: scanner.start, end: scanner.end } });
    if (kind === 'EOF') return { tokens, diagnostics };
  }
}

/** An error diagnostic of the syntax layer covering `[start, end)`. */
export function syntaxDiagnostic(lines: LineIndex, message: string, start: number, end: number): Diagnostic {
  return { severity: 'error', message, code: 'syntax', range: lines.range({ start, end }) };
}
