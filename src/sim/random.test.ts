import { describe, expect, it } from 'vitest';
import { Random } from './random';

describe('Random', () => {
  it('repeats for a seed, differs between seeds and between named streams', () => {
    const draw = (random: Random) => Array.from({ length: 5 }, () => random.uint32());
    expect(draw(new Random(42))).toEqual(draw(new Random(42)));
    expect(draw(new Random(42))).not.toEqual(draw(new Random(43)));
    expect(draw(new Random(42).fork('a'))).not.toEqual(draw(new Random(42).fork('b')));
  });

  it('makes well-formed ids and stays in range', () => {
    const random = new Random(1);
    expect(random.hex(32)).toMatch(/^[0-9a-f]{32}$/);
    expect(random.hex(16)).toMatch(/^[0-9a-f]{16}$/);
    for (let i = 0; i < 1000; i++) {
      const value = random.int(3, 5);
      expect(value >= 3 && value <= 5).toBe(true);
    }
  });
});
