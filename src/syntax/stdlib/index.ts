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
import { convertNamespace, nonsensitive } from './convert';
import { encodingNamespace, fromBase64, fromJson, fromYaml } from './encoding';
import { fileNamespace } from './file';
import { jsonPath } from './json-path';
import {
  format,
  join,
  replace,
  splitFunction,
  stringNamespace,
  toLower,
  toUpper,
  trim,
  trimPrefix,
  trimSpaceFunction,
  trimSuffix,
} from './string';
import { envFunction, sysNamespace } from './sys';

/** Deprecated top-level names and the namespaced names that replace them (spec 6.10). */
export const DEPRECATED_NAMES: ReadonlyMap<string, string> = new Map([
  ['env', 'sys.env'],
  ['nonsensitive', 'convert.nonsensitive'],
  ['concat', 'array.concat'],
  ['json_decode', 'encoding.from_json'],
  ['yaml_decode', 'encoding.from_yaml'],
  ['base64_decode', 'encoding.from_base64'],
  ['format', 'string.format'],
  ['join', 'string.join'],
  ['replace', 'string.replace'],
  ['split', 'string.split'],
  ['to_lower', 'string.to_lower'],
  ['to_upper', 'string.to_upper'],
  ['trim', 'string.trim'],
  ['trim_prefix', 'string.trim_prefix'],
  ['trim_suffix', 'string.trim_suffix'],
  ['trim_space', 'string.trim_space'],
]);

/** Standard-library functions at stability level "experimental". */
export const EXPERIMENTAL_NAMES: ReadonlySet<string> = new Set(['array.combine_maps', 'array.group_by']);

/** The standard library for a scope's environment and constants, by top-level name. */
export function standardLibrary(scope: Pick<Scope, 'environment' | 'constants'>): ReadonlyMap<string, Value> {
  const env = envFunction(scope.environment);
  return new Map<string, Value>([
    ['constants', constantsObject(scope.constants)],
    ['coalesce', coalesce],
    ['json_path', jsonPath],
    ['sys', sysNamespace(env)],
    ['convert', convertNamespace],
    ['array', object({ concat, combine_maps: combineMaps, group_by: groupBy })],
    ['encoding', encodingNamespace],
    ['string', stringNamespace],
    ['file', fileNamespace],
    ['env', env],
    ['nonsensitive', nonsensitive],
    ['concat', concat],
    ['json_decode', fromJson],
    ['yaml_decode', fromYaml],
    ['base64_decode', fromBase64],
    ['format', format],
    ['join', join],
    ['replace', replace],
    ['split', splitFunction],
    ['to_lower', toLower],
    ['to_upper', toUpper],
    ['trim', trim],
    ['trim_prefix', trimPrefix],
    ['trim_suffix', trimSuffix],
    ['trim_space', trimSpaceFunction],
  ]);
}
