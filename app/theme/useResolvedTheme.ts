/**
 * The colour scheme in effect: the learner's explicit choice, or the system's
 * while they have not made one (following it live when it changes).
 */
import { useSyncExternalStore } from 'react';
import { usePreferences } from '../state/preferences';

export type ResolvedTheme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribeToSystemTheme(onChange: () => void): () => void {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const systemPrefersDark = (): boolean => window.matchMedia(DARK_QUERY).matches;

export function useResolvedTheme(): ResolvedTheme {
  const preference = usePreferences((state) => state.themePreference);
  const systemDark = useSyncExternalStore(subscribeToSystemTheme, systemPrefersDark);
  if (preference !== 'system') return preference;
  return systemDark ? 'dark' : 'light';
}
