import { describe, expect, it } from 'vitest';
import { labelMatcher, labelsKey } from './labels';
import { mustMatch as matcher } from './test-support';

describe('labels', () => {
  it('keys label sets independently of order and ignoring empty values', () => {
    expect(labelsKey({ a: '1', b: '2' })).toBe(labelsKey({ b: '2', a: '1', c: '' }));
    expect(labelsKey({ a: '1' })).not.toBe(labelsKey({ a: '2' }));
  });

  it('anchors regular expressions and reads missing labels as empty', () => {
    expect(matcher('a', '=~', 'lok.').matches('loki')).toBe(true);
    expect(matcher('a', '=~', 'lok').matches('loki')).toBe(false);
    expect(matcher('a', '!=', 'x').matches('')).toBe(true);
    expect(labelMatcher('a', '=~', '(').ok).toBe(false);
  });
});
