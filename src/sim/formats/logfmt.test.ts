import { describe, expect, it } from 'vitest';
import { decodeLogfmt, formatLogfmt } from './logfmt';

describe('formatLogfmt (go-logfmt)', () => {
  it('quotes only what needs quoting, escapes inside quotes, writes empty values bare', () => {
    expect(
      formatLogfmt([
        ['span', 'GET /metrics'],
        ['dur', '3120554ns'],
        ['msg', 'say "hi"\n'],
        ['path', 'C:\\x'],
        ['empty', ''],
        ['null', 'null'],
        ['code', 200],
      ]),
    ).toBe('span="GET /metrics" dur=3120554ns msg="say \\"hi\\"\\n" path=C:\\x empty= null="null" code=200');
  });
});

describe('decodeLogfmt', () => {
  const pairs = (text: string, strict: boolean) =>
    decodeLogfmt(text, strict).pairs.map(({ key, value }) => [key, value]);

  it('reads bare and quoted values, dotted keys and keys without values', () => {
    const text = 'ts=2025 level=debug msg="finished node \\"x\\"" http.method=GET flag dur=41.2µs';
    expect(pairs(text, true)).toEqual([
      ['ts', '2025'],
      ['level', 'debug'],
      ['msg', 'finished node "x"'],
      ['http.method', 'GET'],
      ['flag', ''],
      ['dur', '41.2µs'],
    ]);
    expect(decodeLogfmt(text, true).error).toBeNull();
  });

  it('strictly, keeps what it read before malformed input, as go-logfmt does', () => {
    expect(pairs('a=1 b=x"y c=3', true)).toEqual([['a', '1']]);
    expect(decodeLogfmt('a=1 b=x"y c=3', true).error).not.toBeNull();
    expect(decodeLogfmt('a=1 b="open', true).error).not.toBeNull();
  });

  it('otherwise skips the malformed pair and reads on, as Loki does', () => {
    expect(pairs('a=1 b=x"y c=3', false)).toEqual([
      ['a', '1'],
      ['c', '3'],
    ]);
  });

  it('reads a JSON line as one odd key, as the Go decoder does', () => {
    expect(decodeLogfmt('{"body":"x"}', true).error).not.toBeNull();
  });
});
