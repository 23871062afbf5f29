/**
 * Identifier checks used by tooling: whether a string is an identifier, and
 * turning any string into one (spec 2.4).
 */
import { isDigit, isLetter } from './scanner';

const KEYWORDS = new Set(['true', 'false', 'null']);

/**
 * Whether the whole string scans as exactly one identifier: a letter or `_`,
 * then letters, digits or `_`, and not a keyword.
 */
export function isValidIdentifier(text: string): boolean {
  if (text === '' || KEYWORDS.has(text)) return false;
  if (isAsciiIdentifier(text)) return true;
  let first = true;
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (!(isLetter(cp) || (!first && isDigit(cp)))) return false;
    first = false;
  }
  return true;
}

/** The common case, checked without decoding: ASCII letters, `_`, and digits after the first. */
function isAsciiIdentifier(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f;
    if (!letter && !(i > 0 && c >= 0x30 && c <= 0x39)) return false;
  }
  return true;
}

export type SanitizedIdentifier = { ok: true; identifier: string } | { ok: false; error: string };

/**
 * Rewrites a string into an identifier: every character that is neither a
 * letter nor a digit becomes `_`, and a leading digit gets a `_` prefix. A
 * valid identifier is returned unchanged. Keywords, which Alloy's helper
 * cannot handle, get the `_` prefix too. Different inputs can give the same
 * identifier.
 */
export function sanitizeIdentifier(text: string): SanitizedIdentifier {
  if (text === '') return { ok: false, error: 'cannot generate a new identifier for an empty string' };
  if (isValidIdentifier(text)) return { ok: true, identifier: text };
  if (KEYWORDS.has(text)) return { ok: true, identifier: '_' + text };

  let identifier = '';
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0;
    if (identifier === '' && isDigit(cp)) identifier = '_';
    identifier += isLetter(cp) || isDigit(cp) ? char : '_';
  }
  return { ok: true, identifier };
}
