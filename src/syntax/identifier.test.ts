import { describe, expect, it } from 'vitest';
import { loadVectors } from '../../test/conformance/vectors';
import { isValidIdentifier, sanitizeIdentifier } from './identifier';

describe('identifier conformance vectors', () => {
  for (const vector of loadVectors().identifiers) {
    it(`${vector.id}: ${vector.function}(${JSON.stringify(vector.input)})`, () => {
      if (vector.function === 'isValidIdentifier') {
        expect(isValidIdentifier(vector.input)).toBe(vector.valid);
      } else if (vector.error !== undefined) {
        expect(sanitizeIdentifier(vector.input)).toEqual({ ok: false, error: vector.error });
      } else {
        expect(sanitizeIdentifier(vector.input)).toEqual({ ok: true, identifier: vector.output });
      }
    });
  }
});

describe('sanitizeIdentifier', () => {
  it('replaces each character, not each UTF-16 unit, and keeps Unicode letters and digits', () => {
    expect(sanitizeIdentifier('😀 café٣')).toEqual({ ok: true, identifier: '__café٣' });
  });

  it('prefixes a Unicode digit at the start', () => {
    expect(sanitizeIdentifier('٣a')).toEqual({ ok: true, identifier: '_٣a' });
  });

  it('turns keywords into identifiers', () => {
    expect(sanitizeIdentifier('null')).toEqual({ ok: true, identifier: '_null' });
  });

  it('always gives a valid identifier', () => {
    for (const input of ['a-b', '0', ' ', '\u0000', 'true', 'a.b.c', 'Ⅷ']) {
      const result = sanitizeIdentifier(input);
      expect(result.ok && isValidIdentifier(result.identifier), input).toBe(true);
    }
  });
});
