/**
 * Writing logfmt the way Go's go-logfmt encoder does (Alloy's log lines and
 * the spanlogs connector both use it): `key=value` pairs separated by
 * spaces; a value is quoted when it holds a space, `=`, `"` or a control
 * character (and the word `null`), with `\\`, `\"` and control characters
 * escaped inside the quotes; an empty value is written as nothing.
 */
export type LogfmtValue = string | number | boolean;

export function formatLogfmt(pairs: readonly (readonly [string, LogfmtValue])[]): string {
  let out = '';
  for (const [key, value] of pairs) {
    if (out !== '') out += ' ';
    out += `${key}=${logfmtValue(String(value))}`;
  }
  return out;
}

export function logfmtValue(text: string): string {
  if (text === 'null') return '"null"';
  if (!needsQuotes(text)) return text;
  let quoted = '"';
  for (const char of text) quoted += escape(char);
  return `${quoted}"`;
}

function needsQuotes(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0x3d || code === 0x22 || code === 0xfffd) return true;
  }
  return false;
}

function escape(char: string): string {
  switch (char) {
    case '\\':
      return '\\\\';
    case '"':
      return '\\"';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    default: {
      const code = char.charCodeAt(0);
      return code < 0x20 ? `\\u${code.toString(16).padStart(4, '0')}` : char;
    }
  }
}
