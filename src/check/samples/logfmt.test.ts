import { describe, expect, it } from 'vitest';
import { parseLogfmt } from './logfmt';

describe('parseLogfmt', () => {
  it('reads bare and quoted values, dotted keys and keys without values', () => {
    expect(
      parseLogfmt('ts=2025 level=debug msg="finished node \\"x\\"" http.method=GET flag dur=41.2µs'),
    ).toEqual({
      pairs: [
        ['ts', '2025'],
        ['level', 'debug'],
        ['msg', 'finished node "x"'],
        ['http.method', 'GET'],
        ['flag', ''],
        ['dur', '41.2µs'],
      ],
      malformed: false,
    });
  });

  it('keeps what it read before malformed input', () => {
    expect(parseLogfmt('a=1 b=x"y c=3')).toEqual({ pairs: [['a', '1']], malformed: true });
    expect(parseLogfmt('a=1 b="open').malformed).toBe(true);
  });

  it('reads a JSON line as one odd key, as the Go decoder does', () => {
    expect(parseLogfmt('{"body":"x"}').malformed).toBe(true);
  });
});
