import { describe, expect, it } from 'vitest';
import { formatFloat, formatFloatPlain } from './float-format';

describe('formatFloat (Go strconv.FormatFloat)', () => {
  it.each([
    [0.1, 'e', -1, '1e-01'],
    [123456, 'g', -1, '123456'],
    [1234567, 'g', -1, '1.234567e+06'],
    [0.0001, 'g', -1, '0.0001'],
    [0.00001, 'g', -1, '1e-05'],
    [1234.5678, 'g', 3, '1.23e+03'],
    [12.345, 'g', 3, '12.3'],
    [123.456, 'e', 2, '1.23e+02'],
    [5e-324, 'e', -1, '5e-324'],
    [1.5, 'f', 0, '2'],
    [2.5, 'f', 0, '2'],
    [0.125, 'f', 2, '0.12'],
    [0.375, 'f', 2, '0.38'],
    [9.999, 'f', 2, '10.00'],
    [-0, 'g', -1, '-0'],
    [0, 'e', 3, '0.000e+00'],
    [Infinity, 'f', 2, '+Inf'],
    [NaN, 'g', -1, 'NaN'],
  ] as const)('%s as %s with precision %s is %s', (value, format, precision, expected) => {
    expect(formatFloat(value, format, precision)).toBe(expected);
  });

  it('prints Alloy floats without exponent', () => {
    expect(formatFloatPlain(1e21)).toBe('1000000000000000000000');
    expect(formatFloatPlain(1e-7)).toBe('0.0000001');
    expect(formatFloatPlain(0.30000000000000004)).toBe('0.30000000000000004');
  });
});
