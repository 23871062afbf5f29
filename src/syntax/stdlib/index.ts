/**
 * The standard library (spec 6): the names every expression can use after
 * the scope's own. Namespaces are objects of functions (`string.format` is a
 * field access and a call). `sys.env` and `constants` read the machine facts
 * the scope provides; without them they are unknown.
 */
import { object, type Value } from '../value';
import type { Scope } from '../eval/scope';
import { combineMaps, concat, groupBy } from './array';
import { coalesce } from './coalesce';
import { constantsObject } from './constants';
import { convertNamespace } from './convert';
import { DEPRECATED_NAMES } from './deprecated';
import { encodingNamespace } from './encoding';
import { fileNamespace } from './file';
import { jsonPath } from './json-path';
import { stringNamespace } from './string';
import { sysNamespace } from './sys';

export { DEPRECATED_NAMES } from './deprecated';

/** Standard-library functions at stability level "experimental". */
export const EXPERIMENTAL_NAMES: ReadonlySet<string> = new Set(['array.combine_maps', 'array.group_by']);

/** The standard library for a scope's environment and constants, by top-level name. */
export function standardLibrary(scope: Pick<Scope, 'environment' | 'constants'>): ReadonlyMap<string, Value> {
  // The editor evaluates every attribute on every keystroke with neither set: build that library once.
  if (scope.environment === undefined && scope.constants === undefined) {
    editingLibrary ??= buildLibrary(scope);
    return editingLibrary;
  }
  return buildLibrary(scope);
}

let editingLibrary: ReadonlyMap<string, Value> | undefined;

function buildLibrary(scope: Pick<Scope, 'environment' | 'constants'>): ReadonlyMap<string, Value> {
  const library = new Map<string, Value>([
    ['constants', constantsObject(scope.constants)],
    ['coalesce', coalesce],
    ['json_path', jsonPath],
    ['sys', sysNamespace(scope.environment)],
    ['convert', convertNamespace],
    ['array', object({ concat, combine_maps: combineMaps, group_by: groupBy })],
    ['encoding', encodingNamespace],
    ['string', stringNamespace],
    ['file', fileNamespace],
  ]);
  for (const [alias, replacement] of DEPRECATED_NAMES) {
    const [namespace = '', name = ''] = replacement.split('.');
    const owner = library.get(namespace);
    const value = owner?.type === 'object' ? owner.fields.get(name) : undefined;
    if (value) library.set(alias, value);
  }
  return library;
}
