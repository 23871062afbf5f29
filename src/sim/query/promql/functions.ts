/**
 * The PromQL functions the simulator evaluates, with the argument and
 * result types the parser checks. Range functions live in
 * range-functions.ts; the rest are evaluated per sample here.
 */
import type { ValueType } from './ast';
import { RANGE_FUNCTIONS } from './range-functions';

export type FunctionSignature = {
  args: readonly ValueType[];
  /** How many trailing arguments may be left out. */
  optional?: number;
  returns: ValueType;
};

/** Functions mapping each sample's value; they drop the metric name. */
export const MATH_FUNCTIONS: Readonly<Record<string, (value: number, ...args: number[]) => number>> = {
  abs: Math.abs,
  ceil: Math.ceil,
  floor: Math.floor,
  exp: Math.exp,
  ln: Math.log,
  log2: Math.log2,
  log10: Math.log10,
  sqrt: Math.sqrt,
  sgn: Math.sign,
  clamp_min: (value, min = NaN) => Math.max(value, min),
  clamp_max: (value, max = NaN) => Math.min(value, max),
  clamp: (value, min = NaN, max = NaN) => (min > max ? NaN : Math.max(min, Math.min(max, value))),
  round: (value, toNearest = 1) => Math.floor(value / toNearest + 0.5) * toNearest,
};

const MATH_ARGS: Readonly<Record<string, FunctionSignature>> = {
  clamp_min: { args: ['vector', 'scalar'], returns: 'vector' },
  clamp_max: { args: ['vector', 'scalar'], returns: 'vector' },
  clamp: { args: ['vector', 'scalar', 'scalar'], returns: 'vector' },
  round: { args: ['vector', 'scalar'], optional: 1, returns: 'vector' },
};

export const SIGNATURES: Readonly<Record<string, FunctionSignature>> = {
  ...Object.fromEntries(
    Object.keys(RANGE_FUNCTIONS).map((name) => [name, { args: ['matrix'], returns: 'vector' }]),
  ),
  ...Object.fromEntries(
    Object.keys(MATH_FUNCTIONS).map((name) => [
      name,
      MATH_ARGS[name] ?? { args: ['vector'], returns: 'vector' },
    ]),
  ),
  quantile_over_time: { args: ['scalar', 'matrix'], returns: 'vector' },
  absent: { args: ['vector'], returns: 'vector' },
  absent_over_time: { args: ['matrix'], returns: 'vector' },
  label_replace: { args: ['vector', 'string', 'string', 'string', 'string'], returns: 'vector' },
  histogram_quantile: { args: ['scalar', 'vector'], returns: 'vector' },
  scalar: { args: ['vector'], returns: 'scalar' },
  vector: { args: ['scalar'], returns: 'vector' },
  time: { args: [], returns: 'scalar' },
  sort: { args: ['vector'], returns: 'vector' },
  sort_desc: { args: ['vector'], returns: 'vector' },
};
