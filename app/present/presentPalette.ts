/**
 * The projector's high-contrast colours, for the app (its CSS variables)
 * and for the editor (a Monaco theme per scheme). Every colour text is drawn
 * in reaches WCAG AAA contrast (7:1) on the backgrounds it is drawn on;
 * presentPalette.test.ts holds them to it.
 */
import { ALLOY_TOKEN } from '../editor/alloyMonarch';
import { ALLOY_TOKEN_STYLES, type TokenStyle } from '../editor/alloyThemes';
import type { ResolvedTheme } from '../theme/useResolvedTheme';

/** The app's colour variables (styles.css) the projector overrides, and its own for success (present.css). */
export type AppColours = {
  '--bg': string;
  '--bg-subtle': string;
  '--fg': string;
  '--fg-muted': string;
  '--border': string;
  '--accent': string;
  '--focus': string;
  '--error': string;
  '--warning': string;
  '--info': string;
  '--separator-hover': string;
  '--present-success': string;
};

export const PRESENT_APP_COLOURS: Record<ResolvedTheme, AppColours> = {
  light: {
    '--bg': '#ffffff',
    '--bg-subtle': '#f0f0f0',
    '--fg': '#000000',
    '--fg-muted': '#2e2e2e',
    '--border': '#4d4d4d',
    '--accent': '#0032a0',
    '--focus': '#0032a0',
    '--error': '#9a0000',
    '--warning': '#5a3a00',
    '--info': '#0032a0',
    '--separator-hover': '#000000',
    '--present-success': '#0a5c24',
  },
  dark: {
    '--bg': '#000000',
    '--bg-subtle': '#141414',
    '--fg': '#ffffff',
    '--fg-muted': '#dedede',
    '--border': '#b3b3b3',
    '--accent': '#a3c8ff',
    '--focus': '#ffd400',
    '--error': '#ffa198',
    '--warning': '#ffd866',
    '--info': '#a3c8ff',
    '--separator-hover': '#ffffff',
    '--present-success': '#7ee2a0',
  },
};

/** The editor's background in the projector's themes (those of Monaco's high-contrast bases). */
export const PRESENT_EDITOR_BACKGROUND: Record<ResolvedTheme, string> = { light: '#ffffff', dark: '#000000' };

export const PRESENT_THEME_NAME: Record<ResolvedTheme, string> = {
  light: 'alloy-present-light',
  dark: 'alloy-present-dark',
};

type TokenStyles = (typeof ALLOY_TOKEN_STYLES)['light'];

/** The editor's token colours, darker (light) or lighter (dark) than the everyday theme's, same hues. */
export const PRESENT_TOKEN_STYLES: Record<ResolvedTheme, TokenStyles> = {
  light: restyle(ALLOY_TOKEN_STYLES.light, {
    [ALLOY_TOKEN.blockName]: '5200a8',
    [ALLOY_TOKEN.blockLabel]: '0a4a1a',
    [ALLOY_TOKEN.attributeName]: '003a8c',
    [ALLOY_TOKEN.objectKey]: '16309a',
    [ALLOY_TOKEN.functionCall]: '6b2800',
    [ALLOY_TOKEN.reference]: '004652',
    [ALLOY_TOKEN.string]: '870000',
    [ALLOY_TOKEN.stringEscape]: '7a0010',
    [ALLOY_TOKEN.invalidEscape]: 'a00000',
    [ALLOY_TOKEN.rawString]: '553400',
    [ALLOY_TOKEN.number]: '00522f',
    [ALLOY_TOKEN.constant]: '0000b8',
    [ALLOY_TOKEN.comment]: '383838',
    [ALLOY_TOKEN.operator]: '4a2600',
    [ALLOY_TOKEN.delimiter]: '000000',
    [ALLOY_TOKEN.invalid]: 'a00000',
  }),
  dark: restyle(ALLOY_TOKEN_STYLES.dark, {
    [ALLOY_TOKEN.blockName]: 'e2c8ff',
    [ALLOY_TOKEN.blockLabel]: 'a8f5b0',
    [ALLOY_TOKEN.attributeName]: 'abd9ff',
    [ALLOY_TOKEN.objectKey]: 'cde6ff',
    [ALLOY_TOKEN.functionCall]: 'ffc68c',
    [ALLOY_TOKEN.reference]: '8ff0f5',
    [ALLOY_TOKEN.string]: 'ffbea6',
    [ALLOY_TOKEN.stringEscape]: 'ffe28f',
    [ALLOY_TOKEN.invalidEscape]: 'ffa198',
    [ALLOY_TOKEN.rawString]: 'ffdb80',
    [ALLOY_TOKEN.number]: 'ccf2bb',
    [ALLOY_TOKEN.constant]: 'a3c8ff',
    [ALLOY_TOKEN.comment]: 'd4d4d4',
    [ALLOY_TOKEN.operator]: 'ffc4e4',
    [ALLOY_TOKEN.delimiter]: 'ffffff',
    [ALLOY_TOKEN.invalid]: 'ffa198',
  }),
};

/** The everyday styles with new foregrounds; font styles (bold, italic, underline) stay. */
function restyle(styles: TokenStyles, foregrounds: Record<keyof TokenStyles, string>): TokenStyles {
  const result: Partial<Record<keyof TokenStyles, TokenStyle>> = {};
  for (const token of Object.keys(styles) as (keyof TokenStyles)[])
    result[token] = { ...styles[token], foreground: foregrounds[token] };
  return result as TokenStyles;
}
