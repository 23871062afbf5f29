import { describe, expect, it } from 'vitest';
import { array, float, int, object, optionalSecret, string, uint, NULL, type Value } from '../value';
import { sprintf, toGoValue } from './go-fmt';

const format = (spec: string, ...args: Value[]) => sprintf(spec, args.map(toGoValue));

describe('sprintf (Go fmt)', () => {
  it('prints Go syntax for composite values', () => {
    const map = object({ b: string('x'), a: int(1n) });
    expect(format('%#v', map)).toBe('map[string]interface {}{"a":1, "b":"x"}');
    expect(format('%#v', array([int(1n), string('a'), NULL]))).toBe(
      '[]interface {}{1, "a", interface {}(nil)}',
    );
    expect(format('%v', array([NULL]))).toBe('[<nil>]');
    expect(format('%T|%T|%T', int(1n), array([]), NULL)).toBe('int|[]interface {}|<nil>');
  });

  it('handles widths and precisions from arguments', () => {
    expect(format('%*d|%-*d|%*d', int(5n), int(42n), int(5n), int(42n), int(-5n), int(42n))).toBe(
      '   42|42   |42   ',
    );
    expect(format('%.*f', int(2n), float(3.14159))).toBe('3.14');
    expect(format('%*d', string('x'), int(1n))).toBe('%!(BADWIDTH)1');
  });

  it('applies flags like Go', () => {
    expect(format('%+q|%#q', string('é'), string('abc'))).toBe('"\\u00e9"|`abc`');
    expect(format('% x|%#x|% #x', string('hi'), string('hi'), string('hi'))).toBe('68 69|0x6869|0x68 0x69');
    expect(format('%#x|%#o|%#b', int(255n), int(8n), int(5n))).toBe('0xff|010|0b101');
    expect(format('%08.3f|%+.2e', float(-3.14159), float(12345.678))).toBe('-003.142|+1.23e+04');
    expect(format('%#g|%#.3g', float(1), float(1))).toBe('1.00000|1.00');
    expect(format('%x|%.2x', float(1), float(1))).toBe('0x1p+00|0x1.00p+00');
    expect(format('%.0d|%5.0d|', int(0n), int(0n))).toBe('|     |');
  });

  it('formats runes, large integers and secrets', () => {
    expect(format('%c|%U|%#U', int(0x1f600n), int(0x1f600n), int(0x78n))).toBe("😀|U+1F600|U+0078 'x'");
    expect(format('%d|%#v', uint(18446744073709551615n), uint(18446744073709551615n))).toBe(
      '18446744073709551615|0xffffffffffffffff',
    );
    expect(format('%v|%+v', optionalSecret('w', false), optionalSecret('w', false))).toBe(
      '{false w}|{IsSecret:false Value:w}',
    );
    expect(format('%v', float(-0))).toBe('-0');
  });
});
