import { describe, expect, it } from 'vitest';
import { parseGoTime } from './go-time';

const ms = (iso: string) => Date.parse(iso);

describe('parseGoTime', () => {
  it.each([
    ['2025-04-06T10:15:30.123Z', 'RFC3339', '2025-04-06T10:15:30.123Z'],
    ['2025-04-06T10:15:30Z', 'RFC3339', '2025-04-06T10:15:30.000Z'],
    ['2025-04-06T12:15:30.5+02:00', 'RFC3339Nano', '2025-04-06T10:15:30.500Z'],
    ['2025-04-06T10:15:30.123Z', '2006-01-02T15:04:05.000Z07:00', '2025-04-06T10:15:30.123Z'],
    ['2025-04-06T10:15:30.123-01:30', '2006-01-02T15:04:05.000Z07:00', '2025-04-06T11:45:30.123Z'],
    ['06 Apr 25 10:15 +0000', 'RFC822Z', '2025-04-06T10:15:00.000Z'],
    ['Sun Apr  6 10:15:30 2025', 'ANSIC', '2025-04-06T10:15:30.000Z'],
    ['2025/04/06 10:15:30 PM', '2006/01/02 03:04:05 PM', '2025-04-06T22:15:30.000Z'],
  ])('reads %s as %s', (text, format, iso) => {
    expect(parseGoTime(text, format)).toBe(ms(iso));
  });

  it('reads Unix times in seconds, milliseconds, microseconds and nanoseconds', () => {
    expect(parseGoTime('1743934530', 'Unix')).toBe(1743934530000);
    expect(parseGoTime('1743934530.25', 'Unix')).toBe(1743934530250);
    expect(parseGoTime('1743934530123', 'UnixMs')).toBe(1743934530123);
    expect(parseGoTime('1743934530123456', 'UnixUs')).toBe(1743934530123);
    expect(parseGoTime('1743934530123456789', 'UnixNs')).toBe(1743934530123);
  });

  it.each([
    [
      '2025-04-06T10:15:30.123Z',
      '2006-01-02T15:04:05.00Z07:00',
      'a fixed fraction with the wrong number of digits',
    ],
    ['2025-04-06 10:15:30Z', 'RFC3339', 'a different separator'],
    ['2025-13-06T10:15:30Z', 'RFC3339', 'month 13'],
    ['2025-02-30T10:15:30Z', 'RFC3339', 'the 30th of February'],
    ['2025-04-06T10:15:30.123Z trailing', 'RFC3339', 'text left over'],
    ['yesterday', 'UnixMs', 'words as a number'],
  ])('rejects %s with %s (%s)', (text, format) => {
    expect(parseGoTime(text, format)).toBeNull();
  });
});
