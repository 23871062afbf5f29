/**
 * The lexical vocabulary of Alloy: token kinds, operator precedence, and how
 * characters and text are rendered inside messages (the way Alloy renders
 * them, so that messages match the reference word for word).
 */
import type { Span } from './span';

/**
 * A token kind, spelled the way Alloy's messages name it: the literal kinds by
 * name (`IDENT`, `STRING`, ...), operators and punctuation by their text.
 */
export type TokenKind =
  | 'ILLEGAL'
  | 'EOF'
  | 'COMMENT'
  | 'IDENT'
  | 'NUMBER'
  | 'FLOAT'
  | 'STRING'
  | 'BOOL'
  | 'NULL'
  | '||'
  | '&&'
  | '!'
  | '='
  | '=='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | '^'
  | '{'
  | '}'
  | '('
  | ')'
  | '['
  | ']'
  | ','
  | '.'
  | 'TERMINATOR';

/**
 * One token. `literal` is the source text for identifiers, numbers, strings
 * (quotes included) and keywords; the text for comments (carriage returns
 * removed, see the spec 2.3); `"\n"` for TERMINATOR; the offending text for
 * ILLEGAL; `""` for operators and EOF. The range covers the token's source
 * text; TERMINATOR and EOF are zero-width (a newline is whitespace).
 */
export type Token = { kind: TokenKind; literal: string; range: Span };

/** Binding strength of a binary operator (1 loosest … 6 tightest), 0 for anything else. */
export function binaryPrecedence(kind: TokenKind): number {
  switch (kind) {
    case '||':
      return 1;
    case '&&':
      return 2;
    case '==':
    case '!=':
    case '<':
    case '<=':
    case '>':
    case '>=':
      return 3;
    case '+':
    case '-':
      return 4;
    case '*':
    case '/':
    case '%':
      return 5;
    case '^':
      return 6;
    default:
      return 0;
  }
}

const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** Whether a code point is printable in Go's sense (graphic, and the only space is U+0020). */
export function isPrintable(codePoint: number): boolean {
  if (codePoint < 0x7f) return codePoint >= 0x20;
  return PRINTABLE.test(String.fromCodePoint(codePoint));
}

/** `U+0023 '#'`: a code point as Alloy's messages show it (Go's `%#U`). */
export function formatCodePoint(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  return isPrintable(codePoint) ? `U+${hex} '${String.fromCodePoint(codePoint)}'` : `U+${hex}`;
}

const SHORT_ESCAPES: Record<number, string> = {
  0x07: '\\a',
  0x08: '\\b',
  0x0c: '\\f',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
  0x0b: '\\v',
};

/**
 * Text in double quotes with Go's escaping (`%q`), as Alloy's messages quote
 * names and labels: printable characters stay, `"` and `\` are escaped, the
 * rest become `\n`, `\x07`, `\u00a0`-style escapes. A lone surrogate
 * U+DC80–U+DCFF stands for an undecodable byte (see line-index.ts) and shows
 * as that byte, `\x80`–`\xff`; any other lone surrogate as `\ufffd`.
 */
export function quoteText(text: string): string {
  let out = '"';
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp === 0x22 || cp === 0x5c) out += '\\' + char;
    else if (cp >= 0xdc80 && cp <= 0xdcff) out += '\\x' + (cp & 0xff).toString(16);
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd';
    else if (isPrintable(cp)) out += char;
    else if (SHORT_ESCAPES[cp] !== undefined) out += SHORT_ESCAPES[cp];
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + '"';
}
