/** `constants`: facts about the machine Alloy runs on (spec 6.1). */
import { object, string, unknown, type ObjectValue, type Value } from '../value';
import type { Constants } from '../eval/scope';

const NAMES: readonly (keyof Constants)[] = ['hostname', 'os', 'arch', 'version'];

/** The `constants` object; fields not given are unknown. */
export function constantsObject(constants: Partial<Constants> | undefined): ObjectValue {
  const fields = new Map<string, Value>();
  for (const name of NAMES) {
    const given = constants?.[name];
    fields.set(name, given === undefined ? unknown(`constants.${name}`) : string(given));
  }
  return object(fields);
}
