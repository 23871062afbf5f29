import { describe, expect, it } from 'vitest';
import { formatLogfmt } from './logfmt';

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
