import { describe, expect, it } from 'vitest';
import { cssVariables, ecosystemAccent, ecosystemAccentVariable, SIGNAL_STYLES, SIGNALS } from './palette';

describe('palette', () => {
  it('gives every signal its own dash pattern, so colour is never the only cue', () => {
    const dashes = SIGNALS.map((signal) => SIGNAL_STYLES[signal].dash);
    expect(new Set(dashes).size).toBe(SIGNALS.length);
  });

  it('gives every signal its own colour in each theme', () => {
    for (const theme of ['light', 'dark'] as const) {
      const colours = SIGNALS.map((signal) => SIGNAL_STYLES[signal].color[theme]);
      expect(new Set(colours).size).toBe(SIGNALS.length);
    }
  });

  it('exposes signal, ecosystem and surface colours as CSS variables for the theme', () => {
    const dark = cssVariables('dark');
    expect(dark['--pg-signal-traces']).toBe(SIGNAL_STYLES.traces.color.dark);
    expect(dark['--pg-eco-loki']).toBe(ecosystemAccent('loki', 'dark'));
    expect(dark['--pg-node-fill']).toMatch(/^#/);
    expect(cssVariables('light')['--pg-node-fill']).not.toBe(dark['--pg-node-fill']);
  });

  it('falls back to a neutral accent for ecosystems it does not know', () => {
    expect(ecosystemAccent('newthing', 'light')).toBe(ecosystemAccent('another', 'light'));
    expect(ecosystemAccentVariable('Some.Thing')).toBe('var(--pg-eco-something, var(--pg-eco-default))');
  });
});
