/** `sys`: the process environment (spec 6.2). */
import { object, string, unknown, type FunctionValue, type ObjectValue } from '../value';
import type { Environment } from '../eval/scope';
import { STRING, typedFunction } from './define';

/** `sys.env(name)`: the variable's value, `""` when unset; unknown when no environment is known. */
export function envFunction(environment: Environment | undefined): FunctionValue {
  return typedFunction({ hostType: 'func(string) string', params: [STRING] }, ([name]) => {
    if (environment === undefined) return unknown('environment variable');
    const key = name?.type === 'string' ? name.value : '';
    return string(Object.hasOwn(environment, key) ? (environment[key] ?? '') : '');
  });
}

export function sysNamespace(env: FunctionValue): ObjectValue {
  return object({ env });
}
