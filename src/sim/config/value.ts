/**
 * Configuration values as the simulator reads them: evaluated Alloy values
 * turned into plain data. A reference to another component's receiver
 * becomes an `ExportRef`; a value that cannot be known (an unknown export, a
 * function) becomes an `UnknownConfig`, and whoever needs it reports the
 * component as not simulated rather than guess.
 */
import type { Value } from '../../syntax';

export class ExportRef {
  constructor(
    /** The referenced component's id: `loki.write.mythical`. */
    readonly component: string,
    /** `receiver`, `input`, `rules`… */
    readonly name: string,
  ) {}
}

export class UnknownConfig {
  constructor(readonly reason: string) {}
}

export type ConfigObject = { readonly [key: string]: ConfigValue };

export type ConfigValue =
  null | string | number | boolean | readonly ConfigValue[] | ConfigObject | ExportRef | UnknownConfig;

/** Capsules the simulation handed out as exports, by identity, to the export each stands for. */
export type CapsuleTable = WeakMap<object, ExportRef>;

export function toConfigValue(value: Value, capsules: CapsuleTable): ConfigValue {
  switch (value.type) {
    case 'null':
      return null;
    case 'number':
      return typeof value.value === 'bigint' ? Number(value.value) : value.value;
    case 'string':
    case 'bool':
      return value.value;
    case 'array':
      return value.elements.map((element) => toConfigValue(element, capsules));
    case 'object': {
      const record: Record<string, ConfigValue> = {};
      for (const [key, field] of value.fields) record[key] = toConfigValue(field, capsules);
      return record;
    }
    case 'capsule':
      if (value.kind !== 'host') return value.value;
      return capsules.get(value) ?? new UnknownConfig(`a ${value.hostType} the simulation does not model`);
    case 'function':
      return new UnknownConfig('a function');
    case 'unknown':
      return new UnknownConfig(value.reason ?? 'a value only known at run time');
  }
}

export function isConfigObject(value: ConfigValue | undefined): value is ConfigObject {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof ExportRef) &&
    !(value instanceof UnknownConfig)
  );
}
