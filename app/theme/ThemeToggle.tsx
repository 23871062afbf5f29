import { usePreferences, type ThemePreference } from '../state/preferences';

const NEXT: Record<ThemePreference, ThemePreference> = { system: 'light', light: 'dark', dark: 'system' };
const LABEL: Record<ThemePreference, string> = {
  system: 'System theme',
  light: 'Light theme',
  dark: 'Dark theme',
};
const ICON: Record<ThemePreference, string> = { system: '◐', light: '☀', dark: '☾' };

/** Cycles the colour scheme: follow the system → light → dark → follow the system. */
export function ThemeToggle() {
  const preference = usePreferences((state) => state.themePreference);
  const setPreference = usePreferences((state) => state.setThemePreference);
  const next = NEXT[preference];
  return (
    <button
      type="button"
      className="toolbar-button"
      onClick={() => setPreference(next)}
      aria-label={`${LABEL[preference]} (switch to ${LABEL[next].toLowerCase()})`}
      title={`${LABEL[preference]}: click for ${LABEL[next].toLowerCase()}`}
    >
      <span aria-hidden="true">{ICON[preference]}</span> {LABEL[preference]}
    </button>
  );
}
