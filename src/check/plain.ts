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
