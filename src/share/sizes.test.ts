import { describe, expect, it } from 'vitest';
import { formatSize } from './sizes';

describe('formatSize', () => {
  it('uses bytes below a KiB, KiB below a MiB, and one decimal only when needed', () => {
    expect(formatSize(0)).toBe('0 bytes');
    expect(formatSize(1023)).toBe('1023 bytes');
    expect(formatSize(32 * 1024)).toBe('32 KiB');
    expect(formatSize(1536)).toBe('1.5 KiB');
    expect(formatSize(2049)).toBe('2 KiB');
    expect(formatSize(1024 * 1024)).toBe('1 MiB');
    expect(formatSize(3 * 1024 * 1024 + 100_000)).toBe('3.1 MiB');
  });
});
