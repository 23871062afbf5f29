/** `sys`: the process environment (spec 6.2). */
import { object, string, unknown, type ObjectValue } from '../value';
import type { Environment } from '../eval/scope';
import { STRING, typedFunction } from './define';

/**
 * The `sys` namespace over an environment. `sys.env(name)` is the variable's
 * value, `""` when unset, and unknown when no environment is known.
 */
export function sysNamespace(environment: Environment | undefined): ObjectValue {
  const env = typedFunction({ hostType: 'func(string) string', params: [STRING] }, ([name]) => {
    if (environment === undefined) return unknown('environment variable');
    const key = name?.type === 'string' ? name.value : '';
    return string(Object.hasOwn(environment, key) ? (environment[key] ?? '') : '');
  });
  return object({ env });
}
