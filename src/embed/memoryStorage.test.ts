import { describe, expect, it } from 'vitest';
import { MemoryStorage } from './memoryStorage';

describe('MemoryStorage', () => {
  it('behaves as Web Storage does: text values, keys by index, removal, clearing', () => {
    const storage = new MemoryStorage();
    expect(storage.getItem('a')).toBeNull();
    storage.setItem('a', '1');
    storage.setItem('b', String({ toString: () => 'two' }));
    expect(storage.length).toBe(2);
    expect([storage.key(0), storage.key(1), storage.key(2)]).toEqual(['a', 'b', null]);
    expect(storage.getItem('b')).toBe('two');
    storage.removeItem('a');
    expect(storage.getItem('a')).toBeNull();
    storage.clear();
    expect(storage.length).toBe(0);
  });

  it('keeps each instance to itself', () => {
    const first = new MemoryStorage();
    first.setItem('k', 'v');
    expect(new MemoryStorage().getItem('k')).toBeNull();
  });
});
