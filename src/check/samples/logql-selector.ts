/**
 * The part of LogQL that `stage.match` accepts: a stream selector with
 * label matchers, optionally followed by line filters:
 * `{service="alloy", level=~"debug|info"} |= "msg" !~ "x+"`.
 */
import { goRegexp } from './go-regexp';

type Matcher = { label: string; operator: '=' | '!=' | '=~' | '!~'; value: string };
type LineFilter = { operator: '|=' | '!=' | '|~' | '!~'; value: string };

export type Selector = { matchers: Matcher[]; filters: LineFilter[] };

const TOKEN = /\s*(?:([A-Za-z_][\w]*)|("(?:[^"\\]|\\.)*")|(`[^`]*`)|(=~|!~|!=|\|=|\|~|=|\{|\}|,))/y;

/** Parses a selector; null when it is not one this module understands. */
export function parseSelector(text: string): Selector | null {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const match = TOKEN.exec(text);
    if (!match) return null;
    tokens.push(match[0].trim());
  }

  let index = 0;
  const next = () => tokens[index++];
  if (next() !== '{') return null;
  const matchers: Matcher[] = [];
  while (tokens[index] !== '}') {
    const label = next();
    const operator = next();
    const value = unquote(next());
    if (label === undefined || !/^[A-Za-z_]\w*$/.test(label) || value === null) return null;
    if (operator !== '=' && operator !== '!=' && operator !== '=~' && operator !== '!~') return null;
    matchers.push({ label, operator, value });
    if (tokens[index] === ',') index++;
    else if (tokens[index] !== '}') return null;
  }
  index++;
  if (matchers.length === 0) return null;

  const filters: LineFilter[] = [];
  while (index < tokens.length) {
    const operator = next();
    const value = unquote(next());
    if (value === null) return null;
    if (operator !== '|=' && operator !== '!=' && operator !== '|~' && operator !== '!~') return null;
    filters.push({ operator, value });
  }
  return { matchers, filters };
}

/** Whether an entry matches; null when a regular expression cannot be run. */
export function selectorMatches(
  selector: Selector,
  labels: ReadonlyMap<string, string>,
  line: string,
): boolean | null {
  for (const matcher of selector.matchers) {
    const value = labels.get(matcher.label) ?? '';
    let matches: boolean;
    if (matcher.operator === '=' || matcher.operator === '!=') {
      matches = (value === matcher.value) === (matcher.operator === '=');
    } else {
      const regexp = goRegexp(matcher.value, { anchored: true });
      if (!regexp) return null;
      matches = regexp.test(value) === (matcher.operator === '=~');
    }
    if (!matches) return false;
  }
  for (const filter of selector.filters) {
    let contains: boolean;
    if (filter.operator === '|=' || filter.operator === '!=') {
      contains = line.includes(filter.value);
    } else {
      const regexp = goRegexp(filter.value);
      if (!regexp) return null;
      contains = regexp.test(line);
    }
    if (contains !== (filter.operator === '|=' || filter.operator === '|~')) return false;
  }
  return true;
}

const GO_ESCAPES: Readonly<Record<string, string>> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  '"': '"',
  "'": "'",
};

/** A Go string literal's value (`strconv.Unquote`); null when the literal is invalid, as LogQL rejects it. */
function unquote(token: string | undefined): string | null {
  if (token === undefined) return null;
  if (token.startsWith('`')) return token.slice(1, -1);
  if (!token.startsWith('"')) return null;
  let value = '';
  for (let index = 1; index < token.length - 1; index++) {
    const char = token[index] ?? '';
    if (char !== '\\') {
      value += char;
      continue;
    }
    const next = token[index + 1] ?? '';
    const simple = GO_ESCAPES[next];
    if (simple !== undefined) {
      value += simple;
      index++;
      continue;
    }
    const hex = { x: 2, u: 4, U: 8 }[next];
    const digits = hex === undefined ? '' : token.slice(index + 2, index + 2 + hex);
    if (hex === undefined || !new RegExp(`^[0-9a-fA-F]{${hex}}$`).test(digits)) return null;
    value += String.fromCodePoint(parseInt(digits, 16));
    index += 1 + hex;
  }
  return value;
}
