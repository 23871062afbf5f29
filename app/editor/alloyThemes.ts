/**
 * The editor's colour themes: one colour per Alloy token class, so that block
 * names, attribute names, calls and references are told apart at a glance.
 * Plain data, shared with the end-to-end tests that check the rendered colours.
 */
import type { ResolvedTheme } from '../theme/useResolvedTheme';
import { ALLOY_TOKEN, type AlloyTokenClass } from './alloyMonarch';

export type TokenStyle = { foreground: string; fontStyle?: string };

/** Token classes that share a colour with a broader one (`number.float` looks like `number`). */
type StyledTokenClass = Exclude<
  AlloyTokenClass,
  'number.float' | 'delimiter.curly' | 'delimiter.square' | 'delimiter.parenthesis'
>;

export const ALLOY_THEME_NAME: Record<ResolvedTheme, string> = { light: 'alloy-light', dark: 'alloy-dark' };

export const ALLOY_TOKEN_STYLES: Record<ResolvedTheme, Record<StyledTokenClass, TokenStyle>> = {
  light: {
    [ALLOY_TOKEN.blockName]: { foreground: '8250df', fontStyle: 'bold' },
    [ALLOY_TOKEN.blockLabel]: { foreground: '116329' },
    [ALLOY_TOKEN.attributeName]: { foreground: '0550ae' },
    [ALLOY_TOKEN.objectKey]: { foreground: '3e63dd' },
    [ALLOY_TOKEN.functionCall]: { foreground: '953800' },
    [ALLOY_TOKEN.reference]: { foreground: '0e7490' },
    [ALLOY_TOKEN.string]: { foreground: 'a31515' },
    [ALLOY_TOKEN.stringEscape]: { foreground: 'cf222e' },
    [ALLOY_TOKEN.invalidEscape]: { foreground: 'e00000', fontStyle: 'underline' },
    [ALLOY_TOKEN.rawString]: { foreground: '7d4e00' },
    [ALLOY_TOKEN.number]: { foreground: '098658' },
    [ALLOY_TOKEN.constant]: { foreground: '0000ff' },
    [ALLOY_TOKEN.comment]: { foreground: '6a737d', fontStyle: 'italic' },
    [ALLOY_TOKEN.operator]: { foreground: '6e3b00' },
    [ALLOY_TOKEN.delimiter]: { foreground: '24292f' },
    [ALLOY_TOKEN.invalid]: { foreground: 'e00000', fontStyle: 'underline' },
  },
  dark: {
    [ALLOY_TOKEN.blockName]: { foreground: 'd2a8ff', fontStyle: 'bold' },
    [ALLOY_TOKEN.blockLabel]: { foreground: '7ee787' },
    [ALLOY_TOKEN.attributeName]: { foreground: '79c0ff' },
    [ALLOY_TOKEN.objectKey]: { foreground: 'a5d6ff' },
    [ALLOY_TOKEN.functionCall]: { foreground: 'ffa657' },
    [ALLOY_TOKEN.reference]: { foreground: '56d4dd' },
    [ALLOY_TOKEN.string]: { foreground: 'ce9178' },
    [ALLOY_TOKEN.stringEscape]: { foreground: 'd7ba7d' },
    [ALLOY_TOKEN.invalidEscape]: { foreground: 'ff6b6b', fontStyle: 'underline' },
    [ALLOY_TOKEN.rawString]: { foreground: 'e3b341' },
    [ALLOY_TOKEN.number]: { foreground: 'b5cea8' },
    [ALLOY_TOKEN.constant]: { foreground: '569cd6' },
    [ALLOY_TOKEN.comment]: { foreground: '8b949e', fontStyle: 'italic' },
    [ALLOY_TOKEN.operator]: { foreground: 'ff9bce' },
    [ALLOY_TOKEN.delimiter]: { foreground: 'c9d1d9' },
    [ALLOY_TOKEN.invalid]: { foreground: 'ff6b6b', fontStyle: 'underline' },
  },
};
