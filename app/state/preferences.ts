/**
 * The learner's layout preferences, kept across visits in localStorage:
 * the colour scheme and where the split between editor and graph sits.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

export type ThemePreference = 'system' | 'light' | 'dark';

export const MIN_EDITOR_SHARE = 0.2;
export const MAX_EDITOR_SHARE = 0.8;

export const clampEditorShare = (share: number): number =>
  Number.isFinite(share) ? Math.min(MAX_EDITOR_SHARE, Math.max(MIN_EDITOR_SHARE, share)) : 0.5;

export type Preferences = {
  themePreference: ThemePreference;
  /** The editor's share of the split, between MIN_EDITOR_SHARE and MAX_EDITOR_SHARE. */
  editorShare: number;
  setThemePreference(preference: ThemePreference): void;
  setEditorShare(share: number): void;
};

export const usePreferences = create<Preferences>()(
  persist(
    (set) => ({
      themePreference: 'system',
      editorShare: 0.5,
      setThemePreference: (themePreference) => set({ themePreference }),
      setEditorShare: (share) => set({ editorShare: clampEditorShare(share) }),
    }),
    {
      name: 'alloy-playground:preferences',
      // Whatever was stored, only sensible values come back.
      merge: (stored, current) => {
        const saved = (stored ?? {}) as Partial<Preferences>;
        const theme = saved.themePreference;
        return {
          ...current,
          themePreference: theme === 'light' || theme === 'dark' ? theme : 'system',
          editorShare: clampEditorShare(typeof saved.editorShare === 'number' ? saved.editorShare : 0.5),
        };
      },
    },
  ),
);
