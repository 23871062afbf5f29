/**
 * Reading hand-written JSON data files without trusting them: every reader
 * either returns a typed value or records a message naming the place.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseJson(text: string, where: string, errors: string[]): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    errors.push(`${where}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    return undefined;
  }
}

/** Collects messages while reading one object. */
export class ObjectReader {
  private readonly seen = new Set<string>();

  constructor(
    readonly data: JsonObject,
    readonly where: string,
    readonly errors: string[],
  ) {}

  has(key: string): boolean {
    return key in this.data;
  }

  string(key: string): string | undefined {
    return this.typed(key, 'a string', (value) => (typeof value === 'string' ? value : undefined));
  }

  requiredString(key: string): string {
    const value = this.string(key);
    if (value === undefined && !this.has(key)) this.errors.push(`${this.where}: \`${key}\` is missing`);
    return value ?? '';
  }

  boolean(key: string): boolean | undefined {
    return this.typed(key, 'true or false', (value) => (typeof value === 'boolean' ? value : undefined));
  }

  object(key: string): JsonObject | undefined {
    return this.typed(key, 'an object', (value) => (isJsonObject(value) ? value : undefined));
  }

  array(key: string): Json[] | undefined {
    return this.typed(key, 'a list', (value) => (Array.isArray(value) ? value : undefined));
  }

  stringArray(key: string): string[] | undefined {
    const list = this.array(key);
    if (!list) return undefined;
    if (list.every((item) => typeof item === 'string')) return list as string[];
    this.errors.push(`${this.where}: \`${key}\` must be a list of strings`);
    return undefined;
  }

  /** A map from strings to strings, or to null when `nullable`. */
  stringMap(key: string, nullable = false): Record<string, string | null> | undefined {
    const map = this.object(key);
    if (!map) return undefined;
    const result: Record<string, string | null> = {};
    for (const [name, value] of Object.entries(map)) {
      if (typeof value === 'string' || (nullable && value === null)) result[name] = value;
      else
        this.errors.push(`${this.where}: \`${key}.${name}\` must be a string${nullable ? ' or null' : ''}`);
    }
    return result;
  }

  json(key: string): Json | undefined {
    this.seen.add(key);
    return this.data[key];
  }

  /** Reports keys that no reader asked for: they are almost always typos. */
  rejectUnknownKeys(): void {
    for (const key of Object.keys(this.data)) {
      if (!this.seen.has(key)) this.errors.push(`${this.where}: unknown key \`${key}\``);
    }
  }

  private typed<T>(key: string, description: string, accept: (value: Json) => T | undefined): T | undefined {
    this.seen.add(key);
    if (!(key in this.data)) return undefined;
    const value = this.data[key] as Json;
    const accepted = accept(value);
    if (accepted === undefined) this.errors.push(`${this.where}: \`${key}\` must be ${description}`);
    return accepted;
  }
}
