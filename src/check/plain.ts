/**
 * Argument values in the plain shape the checks work with: JSON-like data,
 * with one marker for what cannot be known while editing (a reference to a
 * component's export, an environment variable).
 */

export const UNKNOWN: unique symbol = Symbol('unknown');

export type Plain = null | boolean | number | string | typeof UNKNOWN | readonly Plain[] | PlainObject;
export type PlainObject = { readonly [key: string]: Plain };

export function isPlainObject(value: Plain | undefined): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string argument; numbers convert as Alloy converts them. Undefined when absent, UNKNOWN when not a string. */
export function plainText(value: Plain | undefined): string | typeof UNKNOWN | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return UNKNOWN;
}

/** A `map(string)` argument; UNKNOWN when any part cannot be read. */
export function plainTextMap(value: Plain | undefined): Map<string, string> | typeof UNKNOWN | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value)) return UNKNOWN;
  const map = new Map<string, string>();
  for (const [key, item] of Object.entries(value)) {
    const text = plainText(item) ?? '';
    if (text === UNKNOWN) return UNKNOWN;
    map.set(key, text);
  }
  return map;
}

/** A `list(string)` argument; UNKNOWN when any part cannot be read. */
export function plainTextList(value: Plain | undefined): string[] | typeof UNKNOWN | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) return UNKNOWN;
  const list: string[] = [];
  for (const item of value as readonly Plain[]) {
    const text = plainText(item) ?? '';
    if (text === UNKNOWN) return UNKNOWN;
    list.push(text);
  }
  return list;
}
