/**
 * The editor theme's style for a token class. Like Monaco's themes, a class
 * without a rule of its own takes its parent's: `number.float` is styled
 * as `number`, `delimiter.curly` as `delimiter`.
 */
import { ALLOY_TOKEN_STYLES, type TokenStyle } from '../editor/alloyThemes';
import type { ResolvedTheme } from '../theme/useResolvedTheme';

export function tokenStyle(theme: ResolvedTheme, tokenClass: string): TokenStyle | null {
  const styles: Readonly<Record<string, TokenStyle>> = ALLOY_TOKEN_STYLES[theme];
  for (let name = tokenClass; name !== ''; name = name.slice(0, Math.max(0, name.lastIndexOf('.')))) {
    const style = styles[name];
    if (style) return style;
  }
  return null;
}
