/**
 * The front matter of a lesson text: a small, strict subset of YAML between
 * two `---` lines at the top of the file.
 *
 *   key: value                 a scalar
 *   key:                       a list, one item per following indented line:
 *     - value                    a scalar item
 *     - name: value              a single-pair item
 *
 * Scalars are plain text, single-quoted (`''` stands for one quote) or
 * double-quoted (JSON escapes). Plain text must not
 * hold what YAML would read differently (`: `, ` #`, a leading indicator such
 * as a backquote), so every file stays valid YAML for editors and tools.
 */

export type FrontMatterItem = string | { key: string; value: string };
export type FrontMatterValue = string | FrontMatterItem[];

export type FrontMatter = {
  fields: Map<string, FrontMatterValue>;
  /** The text after the closing `---` line. */
  body: string;
};

export type FrontMatterResult = { ok: true; value: FrontMatter } | { ok: false; errors: string[] };

const KEY = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$/;
const LIST_ITEM = /^[ \t]+-[ \t]+(.*)$/;
const PLAIN_START_FORBIDDEN = /^[`"'[\]{}#&*!|>%@,?:-]/;

export function parseFrontMatter(text: string): FrontMatterResult {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') {
    return { ok: false, errors: ['the text must start with a front matter block opened by a `---` line'] };
  }
  const close = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (close < 0) return { ok: false, errors: ['the front matter is not closed by a `---` line'] };

  const errors: string[] = [];
  const fields = new Map<string, FrontMatterValue>();
  let openList: FrontMatterItem[] | null = null;

  for (let index = 1; index < close; index++) {
    const line = lines[index] ?? '';
    const where = `front matter line ${index + 1}`;
    if (line.trim() === '' || line.trim().startsWith('#')) continue;

    const item = LIST_ITEM.exec(line);
    if (item) {
      if (!openList) {
        errors.push(`${where}: a list item must follow a key that has no value of its own`);
        continue;
      }
      const parsed = parseItem(item[1] ?? '');
      if (typeof parsed === 'object' && 'error' in parsed) errors.push(`${where}: ${parsed.error}`);
      else openList.push(parsed);
      continue;
    }

    const pair = KEY.exec(line);
    if (!pair) {
      errors.push(`${where}: expected \`key: value\` or an indented \`- item\`, got \`${line.trim()}\``);
      continue;
    }
    const key = pair[1] ?? '';
    if (fields.has(key)) errors.push(`${where}: \`${key}\` is given twice`);
    const raw = pair[2]?.trim() ?? '';
    if (raw === '') {
      openList = [];
      fields.set(key, openList);
      continue;
    }
    openList = null;
    const scalar = parseScalar(raw);
    if (typeof scalar === 'string') fields.set(key, scalar);
    else errors.push(`${where}: ${scalar.error}`);
  }

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, value: { fields, body: lines.slice(close + 1).join('\n') } };
}

function parseItem(text: string): FrontMatterItem | { error: string } {
  const pair = KEY.exec(text);
  if (!pair) return parseScalar(text.trim());
  const value = parseScalar(pair[2]?.trim() ?? '');
  return typeof value === 'string' ? { key: pair[1] ?? '', value } : value;
}

function parseScalar(raw: string): string | { error: string } {
  if (raw.startsWith('"')) {
    try {
      const value: unknown = JSON.parse(raw);
      if (typeof value === 'string') return value;
    } catch {
      // Reported below.
    }
    return { error: `\`${raw}\` is not a valid double-quoted string` };
  }
  if (raw.startsWith("'")) {
    const single = /^'((?:[^']|'')*)'$/.exec(raw);
    return single
      ? (single[1] ?? '').replaceAll("''", "'")
      : { error: `\`${raw}\` is not a valid single-quoted string` };
  }
  if (raw === '') return { error: 'a value is missing' };
  if (PLAIN_START_FORBIDDEN.test(raw) || raw.includes(': ') || raw.includes(' #')) {
    return { error: `put \`${raw}\` in quotes` };
  }
  return raw;
}
