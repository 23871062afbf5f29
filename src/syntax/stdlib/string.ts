/** `string`: text functions, with Go's semantics on byte strings (spec 6.4). */
import { array, object, string, type FunctionValue, type ObjectValue, type Value } from '../value';
import { ANY, LIST_OF_STRINGS, STRING, typedFunction } from './define';
import { sprintf, toGoValue } from './go-fmt';
import { RUNE_ERROR } from '../eval/utf8';

const text = (value: Value | undefined): string => (value?.type === 'string' ? value.value : '');

/** A function of fixed string parameters returning a string or a list of strings. */
function stringFunction(
  hostType: string,
  arity: number,
  body: (...args: string[]) => string | string[],
): FunctionValue {
  return typedFunction({ hostType, params: Array<typeof STRING>(arity).fill(STRING) }, (args) => {
    const result = body(...args.map(text));
    return typeof result === 'string' ? string(result) : array(result.map(string));
  });
}

/** Unicode white space as Go's unicode.IsSpace defines it. */
const GO_SPACE = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
  0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

/** Lower-case Greek letters with ypogegrammeni, whose simple upper case is a title-case letter. */
function greekIotaUpper(cp: number): number | undefined {
  if ((cp >= 0x1f80 && cp <= 0x1f87) || (cp >= 0x1f90 && cp <= 0x1f97) || (cp >= 0x1fa0 && cp <= 0x1fa7))
    return cp + 8;
  if (cp === 0x1fb3 || cp === 0x1fc3 || cp === 0x1ff3) return cp + 9;
  return undefined;
}

/**
 * Go's unicode.ToUpper/ToLower: one code point to one code point (the simple
 * case mapping), so `ß` stays `ß` and `İ` lowers to `i`. Bytes that are not
 * valid UTF-8 become U+FFFD, as Go's strings.Map makes them.
 */
function mapCase(textIn: string, upper: boolean): string {
  let out = '';
  for (const char of textIn) {
    const cp = char.codePointAt(0) ?? 0;
    if (cp >= 0xd800 && cp <= 0xdfff) {
      out += String.fromCodePoint(RUNE_ERROR);
      continue;
    }
    const mapped = upper ? char.toUpperCase() : char.toLowerCase();
    if ([...mapped].length === 1) out += mapped;
    else if (upper) out += String.fromCodePoint(greekIotaUpper(cp) ?? cp);
    else out += cp === 0x130 ? 'i' : char;
  }
  return out;
}

function trimCutset(value: string, cutset: string): string {
  if (value === '' || cutset === '') return value;
  const cut = new Set(cutset);
  const chars = [...value];
  let start = 0;
  let end = chars.length;
  while (start < end && cut.has(chars[start] as string)) start++;
  while (end > start && cut.has(chars[end - 1] as string)) end--;
  return chars.slice(start, end).join('');
}

function trimSpace(value: string): string {
  const chars = [...value];
  const isSpace = (c: string | undefined) => c !== undefined && GO_SPACE.has(c.codePointAt(0) ?? 0);
  let start = 0;
  let end = chars.length;
  while (start < end && isSpace(chars[start])) start++;
  while (end > start && isSpace(chars[end - 1])) end--;
  return chars.slice(start, end).join('');
}

/** strings.ReplaceAll: an empty `old` inserts `replacement` around every character. */
function replaceAll(value: string, old: string, replacement: string): string {
  if (old === '') return replacement + [...value].map((char) => char + replacement).join('');
  return value.split(old).join(replacement);
}

/** strings.Split: an empty separator splits into characters. */
function split(value: string, separator: string): string[] {
  return separator === '' ? [...value] : value.split(separator);
}

const format = typedFunction(
  { hostType: 'func(string, ...interface {}) string', params: [STRING], variadic: ANY },
  ([spec, ...values]) => string(sprintf(text(spec), values.map(toGoValue))),
);

const join = typedFunction(
  { hostType: 'func([]string, string) string', params: [LIST_OF_STRINGS, STRING] },
  ([list, separator]) =>
    string((list?.type === 'array' ? list.elements.map(text) : []).join(text(separator))),
);

const replace = stringFunction('func(string, string, string) string', 3, replaceAll);
const splitFunction = stringFunction('func(string, string) []string', 2, split);
const toLower = stringFunction('func(string) string', 1, (value) => mapCase(value, false));
const toUpper = stringFunction('func(string) string', 1, (value) => mapCase(value, true));
const trim = stringFunction('func(string, string) string', 2, trimCutset);
const trimPrefix = stringFunction('func(string, string) string', 2, (value, prefix) =>
  value.startsWith(prefix) ? value.slice(prefix.length) : value,
);
const trimSuffix = stringFunction('func(string, string) string', 2, (value, suffix) =>
  suffix !== '' && value.endsWith(suffix) ? value.slice(0, value.length - suffix.length) : value,
);
const trimSpaceFunction = stringFunction('func(string) string', 1, trimSpace);

export const stringNamespace: ObjectValue = object({
  format,
  join,
  replace,
  split: splitFunction,
  to_lower: toLower,
  to_upper: toUpper,
  trim,
  trim_prefix: trimPrefix,
  trim_suffix: trimSuffix,
  trim_space: trimSpaceFunction,
});
