import { describe, expect, it } from 'vitest';
import { ALLOY_TOKEN as T } from '../editor/alloyMonarch';
import { ALLOY_TOKEN_STYLES } from '../editor/alloyThemes';
import { tokenStyle } from './tokenStyle';

describe('tokenStyle', () => {
  it('takes the theme’s rule for a class that has one', () => {
    expect(tokenStyle('light', T.blockName)).toEqual(ALLOY_TOKEN_STYLES.light[T.blockName]);
    expect(tokenStyle('dark', T.stringEscape)).toEqual(ALLOY_TOKEN_STYLES.dark[T.stringEscape]);
  });

  it('falls back to the nearest parent class', () => {
    expect(tokenStyle('light', T.float)).toEqual(ALLOY_TOKEN_STYLES.light[T.number]);
    expect(tokenStyle('dark', T.curly)).toEqual(ALLOY_TOKEN_STYLES.dark[T.delimiter]);
  });

  it('has no style for whitespace and unknown classes', () => {
    expect(tokenStyle('light', '')).toBeNull();
    expect(tokenStyle('light', 'keyword.unknown')).toBeNull();
  });
});
