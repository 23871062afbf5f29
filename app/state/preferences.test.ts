import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'alloy-playground:preferences';

/** Loads the preferences module afresh over a fresh in-memory localStorage holding `stored`. */
async function loadPreferences(stored?: unknown) {
  const items = new Map<string, string>();
  if (stored !== undefined) items.set(KEY, JSON.stringify({ state: stored, version: 0 }));
  const localStorage = {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
  // zustand reads `window.localStorage`.
  vi.stubGlobal('window', { localStorage });
  vi.resetModules();
  const { usePreferences } = await import('./preferences');
  return { usePreferences, saved: () => JSON.parse(items.get(KEY) ?? 'null') as { state: unknown } | null };
}

describe('preferences', () => {
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.unstubAllGlobals());

  it('follow the system and split evenly at first', async () => {
    const { usePreferences } = await loadPreferences();
    expect(usePreferences.getState()).toMatchObject({ themePreference: 'system', editorShare: 0.5 });
  });

  it('keep the split between its limits', async () => {
    const { usePreferences } = await loadPreferences();
    const { setEditorShare } = usePreferences.getState();
    setEditorShare(0.05);
    expect(usePreferences.getState().editorShare).toBe(0.2);
    setEditorShare(0.95);
    expect(usePreferences.getState().editorShare).toBe(0.8);
    setEditorShare(Number.NaN);
    expect(usePreferences.getState().editorShare).toBe(0.5);
  });

  it('are saved and come back on the next visit', async () => {
    const first = await loadPreferences();
    first.usePreferences.getState().setThemePreference('dark');
    first.usePreferences.getState().setEditorShare(0.6);
    expect(first.saved()?.state).toEqual({ themePreference: 'dark', editorShare: 0.6 });

    const { usePreferences } = await loadPreferences(first.saved()?.state);
    expect(usePreferences.getState()).toMatchObject({ themePreference: 'dark', editorShare: 0.6 });
  });

  it('ignore stored values that make no sense', async () => {
    const { usePreferences } = await loadPreferences({ themePreference: 'sepia', editorShare: 7 });
    expect(usePreferences.getState()).toMatchObject({ themePreference: 'system', editorShare: 0.8 });
  });
});
