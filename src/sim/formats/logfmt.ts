/**
 * logfmt, written and read. Writing follows Go's go-logfmt encoder (Alloy's
 * log lines and the spanlogs connector use it): `key=value` pairs separated
 * by spaces; a value is quoted when it holds a space, `=`, `"` or a control
 * character (and the word `null`), with `\\`, `\"` and control characters
 * escaped inside the quotes; an empty value is written as nothing.
 *
 * Reading follows Loki's decoder for `| logfmt`: `key=value`,
 * `key="quoted \"value\""` and standalone `key` (empty value), separated by
 * white space. A malformed pair (a stray `=` or `"`, an unterminated quote)
 * is an error; without `strict` reading skips it and goes on, with `strict`
 * it stops there, keeping the pairs read so far, as the go-logfmt decoder
 * behind `stage.logfmt` does.
 */
export type LogfmtValue = string | number | boolean;

/** Pairs in order, from a list or a map (read with `forEach`, which allocates nothing per pair). */
export function formatLogfmt(
  pairs: readonly (readonly [string, LogfmtValue])[] | ReadonlyMap<string, LogfmtValue>,
): string {
  let out = '';
  const write = (value: LogfmtValue, key: string) => {
    if (out !== '') out += ' ';
    out += `${key}=${logfmtValue(String(value))}`;
  };
  if (pairs instanceof Map) pairs.forEach(write);
  else for (const [key, value] of pairs as readonly (readonly [string, LogfmtValue])[]) write(value, key);
  return out;
}

function logfmtValue(text: string): string {
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

export type LogfmtPair = { key: string; value: string };

export type LogfmtDecoding = { pairs: LogfmtPair[]; error: string | null };

const isSpace = (char: string | undefined): boolean => char !== undefined && char <= ' ';

export function decodeLogfmt(line: string, strict: boolean): LogfmtDecoding {
  const pairs: LogfmtPair[] = [];
  let error: string | null = null;
  let index = 0;

  const fail = (message: string): boolean => {
    error ??= message;
    if (strict) return false;
    while (index < line.length && !isSpace(line[index])) index++;
    return true;
  };

  while (index < line.length) {
    while (isSpace(line[index])) index++;
    if (index >= line.length) break;

    const keyStart = index;
    while (index < line.length && !isSpace(line[index]) && line[index] !== '=' && line[index] !== '"')
      index++;
    const key = line.slice(keyStart, index);
    if (line[index] === '"' || key === '') {
      if (!fail(`logfmt syntax error at pos ${index + 1} : unexpected '${line[index]}'`)) break;
      continue;
    }
    if (line[index] !== '=') {
      pairs.push({ key, value: '' });
      continue;
    }
    index++;

    if (line[index] === '"') {
      const quoted = readQuoted(line, index + 1);
      if (!quoted) {
        index = line.length;
        if (!fail(`logfmt syntax error at pos ${line.length + 1} : unterminated quoted value`)) break;
        continue;
      }
      pairs.push({ key, value: quoted.value });
      index = quoted.end;
      continue;
    }
    const valueStart = index;
    while (index < line.length && !isSpace(line[index]) && line[index] !== '"' && line[index] !== '=')
      index++;
    if (index < line.length && !isSpace(line[index])) {
      if (!fail(`logfmt syntax error at pos ${index + 1} : unexpected '${line[index]}'`)) break;
      continue;
    }
    pairs.push({ key, value: line.slice(valueStart, index) });
  }
  return { pairs, error };
}

const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
};

/** Reads a quoted value starting after its opening quote. */
function readQuoted(line: string, start: number): { value: string; end: number } | null {
  let value = '';
  for (let index = start; index < line.length; index++) {
    const char = line[index] as string;
    if (char === '"') return { value, end: index + 1 };
    if (char !== '\\') {
      value += char;
      continue;
    }
    const next = line[++index];
    if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(line.slice(index + 1, index + 5))) {
      value += String.fromCharCode(parseInt(line.slice(index + 1, index + 5), 16));
      index += 4;
    } else if (next !== undefined && ESCAPES[next] !== undefined) {
      value += ESCAPES[next];
    } else {
      return null;
    }
  }
  return null;
}
