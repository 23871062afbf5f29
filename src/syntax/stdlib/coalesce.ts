/** `coalesce`: the first non-empty value (spec 6.8). */
import { NULL, unknown, type FunctionValue, type Value } from '../value';
import { rawFunction } from './define';

/**
 * Empty as Go's reflect zero value sees it, plus empty arrays and objects:
 * null, `""`, integer 0, float +0 (not -0), false, `[]`, `{}`, an empty
 * secret, and objects-like capsules without fields.
 */
function isEmpty(value: Value): boolean {
  switch (value.type) {
    case 'null':
      return true;
    case 'number':
      return value.kind === 'float' ? Object.is(value.value, 0) : value.value === 0n;
    case 'string':
      return value.value === '';
    case 'bool':
      return !value.value;
    case 'array':
      return value.elements.length === 0;
    case 'object':
      return value.fields.size === 0;
    case 'capsule':
      if (value.kind === 'host') return value.object !== undefined && value.object.fields.size === 0;
      return value.value === '' && (value.kind === 'secret' || !value.isSecret);
    default:
      return false;
  }
}

/**
 * `coalesce(values...)`: the first argument that is not empty, else the last
 * one; null without arguments. An unknown met before a non-empty value makes
 * the result unknown.
 */
export const coalesce: FunctionValue = rawFunction(
  (args) => {
    for (const arg of args) {
      if (arg.type === 'unknown') return unknown(arg.reason);
      if (!isEmpty(arg)) return arg;
    }
    return args[args.length - 1] ?? NULL;
  },
  { acceptsUnknown: true },
);
