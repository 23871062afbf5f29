/**
 * Seeded pseudo-random numbers (xoshiro128**, seeded through splitmix32), so
 * that the same seed always yields the same telemetry. Each source draws from
 * its own stream (`fork('mythical-requester')`): adding a source, or a source
 * drawing more numbers, leaves the others' data unchanged.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    let state = seed >>> 0;
    const next = () => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    if ((this.a | this.b | this.c | this.d) === 0) this.a = 1;
  }

  /** An independent stream named `name`, derived from this one's seed state. */
  fork(name: string): Random {
    let hash = this.a ^ 0x811c9dc5;
    for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
    return new Random((hash ^ this.d) >>> 0);
  }

  /** A uniformly distributed 32-bit unsigned integer. */
  uint32(): number {
    const result = Math.imul(rotl(Math.imul(this.b, 5), 7), 9) >>> 0;
    const t = this.b << 9;
    this.c ^= this.a;
    this.d ^= this.b;
    this.b ^= this.c;
    this.a ^= this.d;
    this.c ^= t;
    this.d = rotl(this.d, 11);
    return result;
  }

  /** A float in [0, 1), like `Math.random()`. */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /**
   * `length` lower-case hexadecimal digits, never all zero: trace and span
   * ids. Built in one piece (no concatenated string ropes), as ids are kept
   * by the hundred thousand.
   */
  hex(length: number): string {
    const codes = HEX_BUFFERS.get(length) ?? new Array<number>(length).fill(0);
    let zero = true;
    for (let i = 0; i < length; i += 8) {
      let word = this.uint32();
      if (word !== 0) zero = false;
      for (let j = Math.min(length, i + 8) - 1; j >= i; j--) {
        codes[j] = HEX_DIGITS[word & 0xf] as number;
        word >>>= 4;
      }
    }
    if (zero) codes[length - 1] = HEX_DIGITS[1] as number;
    return String.fromCharCode.apply(null, codes);
  }
}

const HEX_DIGITS = Array.from('0123456789abcdef', (digit) => digit.charCodeAt(0));
/**
 * Reused character buffers for the id lengths in use (16 and 32): plain
 * arrays of small integers, which `apply` spreads faster than typed arrays.
 */
const HEX_BUFFERS = new Map([16, 32].map((length) => [length, new Array<number>(length).fill(0)]));

function rotl(x: number, k: number): number {
  return ((x << k) | (x >>> (32 - k))) >>> 0;
}
