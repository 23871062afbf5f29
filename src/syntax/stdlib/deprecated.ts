/**
 * Deprecated top-level names (spec 6.10). They still work — each is the same
 * function as its namespaced replacement — but using one earns a warning.
 */

/** Each deprecated name and the name that replaces it. */
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
