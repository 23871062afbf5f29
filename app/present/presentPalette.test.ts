import { describe, expect, it } from 'vitest';
import { AAA_TEXT_CONTRAST, contrastRatio } from './contrast';
import { PRESENT_APP_COLOURS, PRESENT_EDITOR_BACKGROUND, PRESENT_TOKEN_STYLES } from './presentPalette';

const THEMES = ['light', 'dark'] as const;
const TEXT_COLOURS = [
  '--fg',
  '--fg-muted',
  '--accent',
  '--error',
  '--warning',
  '--info',
  '--present-success',
] as const;

describe('contrastRatio', () => {
  it('follows WCAG: 21 for black on white, 1 for a colour on itself, either way round', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});

describe('the projector palette', () => {
  for (const theme of THEMES) {
    it(`gives every text colour AAA contrast on both app backgrounds (${theme})`, () => {
      const colours = PRESENT_APP_COLOURS[theme];
      for (const background of [colours['--bg'], colours['--bg-subtle']])
        for (const name of TEXT_COLOURS)
          expect(contrastRatio(colours[name], background), `${name} on ${background}`).toBeGreaterThanOrEqual(
            AAA_TEXT_CONTRAST,
          );
    });

    it(`gives every editor token AAA contrast on the editor background (${theme})`, () => {
      for (const [token, style] of Object.entries(PRESENT_TOKEN_STYLES[theme]))
        expect(
          contrastRatio(`#${style.foreground}`, PRESENT_EDITOR_BACKGROUND[theme]),
          token,
        ).toBeGreaterThanOrEqual(AAA_TEXT_CONTRAST);
    });
  }
});
