/** `convert`: conversions between value kinds (spec 6.3). */
import { object, string, type FunctionValue, type ObjectValue } from '../value';
import { typedFunction } from './define';

/** `convert.nonsensitive(secret)`: the text of a secret (optional secrets and strings are accepted too). */
const nonsensitive: FunctionValue = typedFunction(
  { hostType: 'func(alloytypes.Secret) string', params: [{ kind: 'secret' }] },
  ([value]) => string(value?.type === 'capsule' && value.kind === 'secret' ? value.value : ''),
);

export const convertNamespace: ObjectValue = object({ nonsensitive });
