/**
 * Reads logfmt text (`key=value key="quoted value" flag`) the way the
 * go-logfmt decoder behind `stage.logfmt` does: keys run to `=` or white
 * space and may contain dots; quoted values take Go escapes; a key without
 * `=` has an empty value. On malformed input the pairs read so far are kept,
 * as the stage keeps them.
 */

export type LogfmtResult = { pairs: [string, string][]; malformed: boolean };

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

export function parseLogfmt(text: string): LogfmtResult {
  const pairs: [string, string][] = [];
  let index = 0;
  const isSpace = (char: string | undefined) => char !== undefined && char <= ' ';

  while (index < text.length) {
    while (isSpace(text[index])) index++;
    if (index >= text.length) break;

    const keyStart = index;
    while (index < text.length && !isSpace(text[index]) && text[index] !== '=' && text[index] !== '"')
      index++;
    const key = text.slice(keyStart, index);
    if (key === '') return { pairs, malformed: true };

    if (text[index] !== '=') {
      if (text[index] === '"') return { pairs, malformed: true };
      pairs.push([key, '']);
      continue;
    }
    index++;

    if (text[index] === '"') {
      const quoted = readQuoted(text, index + 1);
      if (!quoted) return { pairs, malformed: true };
      pairs.push([key, quoted.value]);
      index = quoted.end;
      continue;
    }
    const valueStart = index;
    while (index < text.length && !isSpace(text[index])) {
      if (text[index] === '"' || text[index] === '=') return { pairs, malformed: true };
      index++;
    }
    pairs.push([key, text.slice(valueStart, index)]);
  }
  return { pairs, malformed: false };
}

function readQuoted(text: string, start: number): { value: string; end: number } | null {
  let value = '';
  for (let index = start; index < text.length; index++) {
    const char = text[index] ?? '';
    if (char === '"') return { value, end: index + 1 };
    if (char !== '\\') {
      value += char;
      continue;
    }
    const next = text[index + 1] ?? '';
    if (next === 'u') {
      const hex = text.slice(index + 2, index + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) return null;
      value += String.fromCharCode(parseInt(hex, 16));
      index += 5;
      continue;
    }
    const escaped = ESCAPES[next];
    if (escaped === undefined) return null;
    value += escaped;
    index++;
  }
  return null;
}
