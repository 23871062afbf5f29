/**
 * A component's evaluated body: its attributes and its nested blocks in
 * source order (the order of `stage.*` and `rule` blocks matters). Getters
 * apply Alloy's conversions (a number where a string is wanted, a numeric
 * string where a number is) and take the default when the attribute is
 * absent. A value of the wrong type throws `ConfigError`; a value that
 * cannot be known throws `UnknownConfigError`: the simulation reports the
 * component instead of running it on a guess.
 */
import { parseDuration } from '../../syntax/eval/duration';
import { ExportRef, UnknownConfig, isConfigObject, type ConfigObject, type ConfigValue } from './value';

export class ConfigError extends Error {}

/** A config the simulator cannot follow faithfully: the component is reported as not simulated. */
export class NotSimulatedError extends Error {}

export class UnknownConfigError extends NotSimulatedError {}

export type NestedBlock = { name: string; label: string | null; body: ConfigBody };

export class ConfigBody {
  constructor(
    /** Where this body sits, for messages: `loki.write.mythical > endpoint`; empty to name attributes alone. */
    readonly path: string,
    readonly attributes: ReadonlyMap<string, ConfigValue>,
    readonly blocks: readonly NestedBlock[],
  ) {}

  has(name: string): boolean {
    return this.attributes.has(name);
  }

  /** The raw value; throws when it cannot be known. */
  value(name: string): ConfigValue | undefined {
    const value = this.attributes.get(name);
    if (value instanceof UnknownConfig) throw this.unknown(name, value);
    return value;
  }

  string(name: string, fallback: string): string;
  string(name: string): string | undefined;
  string(name: string, fallback?: string): string | undefined {
    const value = this.value(name);
    if (value === undefined || value === null) return fallback;
    return this.asString(name, value);
  }

  number(name: string, fallback: number): number {
    const value = this.value(name);
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'number') return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
      return Number(value);
    throw this.wrongType(name, 'number', value);
  }

  bool(name: string, fallback: boolean): boolean {
    const value = this.value(name);
    if (value === undefined || value === null) return fallback;
    if (typeof value === 'boolean') return value;
    throw this.wrongType(name, 'bool', value);
  }

  /** A Go duration (`"2s"`, `"1m30s"`) in milliseconds. */
  duration(name: string, fallback: string): number {
    const text = this.string(name, fallback);
    const parsed = parseDuration(text);
    if (typeof parsed === 'string') throw new ConfigError(`${this.where(name)}: ${parsed}`);
    return Number(parsed) / 1e6;
  }

  stringList(name: string): string[] {
    return this.list(name).map((item) => this.asString(name, item));
  }

  stringMap(name: string): Map<string, string> {
    const value = this.value(name);
    if (value === undefined || value === null) return new Map();
    return this.asStringMap(name, value);
  }

  /** A list of label sets (`targets`). */
  targets(name: string): Map<string, string>[] {
    return this.list(name).map((item) => this.asStringMap(name, item));
  }

  /** The components a list of receivers points to, in order. */
  refs(name: string): ExportRef[] {
    return this.list(name).map((item) => {
      if (item instanceof ExportRef) return item;
      throw this.wrongType(name, 'capsule', item);
    });
  }

  /** The component a single capsule value (`relabel_rules = loki.relabel.x.rules`) points to. */
  ref(name: string): ExportRef | undefined {
    const value = this.value(name);
    if (value === undefined || value === null) return undefined;
    if (value instanceof ExportRef) return value;
    throw this.wrongType(name, 'capsule', value);
  }

  block(name: string): ConfigBody | undefined {
    return this.blocks.find((block) => block.name === name)?.body;
  }

  blocksNamed(name: string): ConfigBody[] {
    return this.blocks.filter((block) => block.name === name).map((block) => block.body);
  }

  private list(name: string): readonly ConfigValue[] {
    const value = this.value(name);
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) throw this.wrongType(name, 'list', value);
    const items = value as readonly ConfigValue[];
    for (const item of items) if (item instanceof UnknownConfig) throw this.unknown(name, item);
    return items;
  }

  private asString(name: string, value: ConfigValue): string {
    if (typeof value === 'string') return value;
    if (typeof value === 'number') return String(value);
    throw this.wrongType(name, 'string', value);
  }

  private asStringMap(name: string, value: ConfigValue): Map<string, string> {
    if (!isConfigObject(value)) throw this.wrongType(name, 'object', value);
    const map = new Map<string, string>();
    for (const [key, field] of Object.entries(value as ConfigObject)) {
      if (field instanceof UnknownConfig) throw this.unknown(name, field);
      map.set(key, this.asString(name, field));
    }
    return map;
  }

  private where(name: string): string {
    return this.path === '' ? name : `${this.path} > ${name}`;
  }

  private unknown(name: string, value: UnknownConfig): UnknownConfigError {
    return new UnknownConfigError(`${this.where(name)} is ${value.reason}`);
  }

  private wrongType(name: string, expected: string, value: ConfigValue): ConfigError {
    return new ConfigError(`${this.where(name)}: expected ${expected}, got ${describe(value)}`);
  }
}

function describe(value: ConfigValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'list';
  if (value instanceof ExportRef) return `${value.component}.${value.name}`;
  return typeof value === 'object' ? 'object' : typeof value;
}
