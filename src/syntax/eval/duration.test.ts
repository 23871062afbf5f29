import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from './duration';

describe('durations', () => {
  it.each([
    ['1h30m', '1h30m0s'],
    ['1.5s', '1.5s'],
    ['100ms', '100ms'],
    ['1us', '1µs'],
    ['2µs', '2µs'],
    ['-1m', '-1m0s'],
    ['0', '0s'],
    ['1h1m1.000000001s', '1h1m1.000000001s'],
  ])('%s normalises to %s', (text, expected) => {
    const parsed = parseDuration(text);
    expect(typeof parsed).toBe('bigint');
    expect(formatDuration(parsed as bigint)).toBe(expected);
  });

  it.each([
    ['', 'time: invalid duration ""'],
    ['10', 'time: missing unit in duration "10"'],
    ['1x', 'time: unknown unit "x" in duration "1x"'],
    ['.s', 'time: invalid duration ".s"'],
    ['1h-2m', 'time: unknown unit "h-" in duration "1h-2m"'],
  ])('rejects %j with Go’s message', (text, message) => {
    expect(parseDuration(text)).toBe(message);
  });
});
