/**
 * Names bound outside the configuration: the standard library's top-level
 * names (spec section 6) and `module_path`, the directory of the module being
 * loaded. A reference chain starting with one of these is a library call or
 * constant, not a component — unless a component of that name shadows it.
 */
const DEPRECATED_NAMES = new Set([
  'env',
  'nonsensitive',
  'concat',
  'json_decode',
  'yaml_decode',
  'base64_decode',
  'format',
  'join',
  'replace',
  'split',
  'to_lower',
  'to_upper',
  'trim',
  'trim_prefix',
  'trim_suffix',
  'trim_space',
]);

const GLOBAL_NAMES = new Set([
  'constants',
  'coalesce',
  'json_path',
  'sys',
  'convert',
  'array',
  'encoding',
  'string',
  'file',
  'module_path',
  ...DEPRECATED_NAMES,
]);

export function isGlobalName(name: string): boolean {
  return GLOBAL_NAMES.has(name);
}

/** Deprecated standard-library aliases (`env`, `format`, …): they still work, with a warning. */
export function isDeprecatedName(name: string): boolean {
  return DEPRECATED_NAMES.has(name);
}
