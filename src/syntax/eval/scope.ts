/**
 * What an expression can see: the caller's variables on top of the standard
 * library, plus the machine facts the standard library reads.
 */
import type { Value } from '../value';

/** Environment variables as `sys.env` reads them; a missing or null entry is unset. */
export type Environment = Readonly<Record<string, string | null | undefined>>;

/** The values of `constants.*`. */
export type Constants = { hostname: string; os: string; arch: string; version: string };

export type Scope = {
  /**
   * Names looked up before the standard library, e.g. component exports as
   * nested objects (`prometheus` → `exporter` → `self` → `alloy` → exports);
   * any part may be an unknown value. Scope names shadow standard-library names.
   */
  variables?: Readonly<Record<string, Value>>;
  /** The environment `sys.env` reads; when absent, environment variables are unknown. */
  environment?: Environment;
  /** `constants.*`; when absent (or for a missing field) the constants are unknown. */
  constants?: Partial<Constants>;
};
