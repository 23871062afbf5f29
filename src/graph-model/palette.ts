/**
 * Colours and line patterns of the graph, for both themes. The single source
 * for the live view (as CSS variables) and the exported SVG, so the two agree.
 */
import type { Signal } from '../analysis/pipeline';

export type GraphTheme = 'light' | 'dark';

export const SIGNALS: readonly Signal[] = ['metrics', 'logs', 'traces', 'profiles', 'targets'];

export type SignalStyle = {
  /** Line colour per theme. */
  color: Record<GraphTheme, string>;
  /** SVG `stroke-dasharray`; `none` draws a solid line. Distinct per signal so colour is never the only cue. */
  dash: string;
  /** The line pattern in words, for the legend. */
  pattern: string;
};

export const SIGNAL_STYLES: Record<Signal, SignalStyle> = {
  metrics: {
    color: { light: '#c2410c', dark: '#fb923c' },
    dash: 'none',
    pattern: 'solid line',
  },
  logs: {
    color: { light: '#15803d', dark: '#4ade80' },
    dash: '10 5',
    pattern: 'long dashes',
  },
  traces: {
    color: { light: '#1d4ed8', dark: '#60a5fa' },
    dash: '2 4',
    pattern: 'dots',
  },
  profiles: {
    color: { light: '#a21caf', dark: '#e879f9' },
    dash: '12 4 2 4',
    pattern: 'dash and dot',
  },
  targets: {
    color: { light: '#4b5563', dark: '#cbd5e1' },
    dash: '5 3 1 3 1 3',
    pattern: 'dash and two dots',
  },
};

/** Accent colour of a node's ecosystem (the first part of a component name). */
const ECOSYSTEM_ACCENTS: Record<string, Record<GraphTheme, string>> = {
  prometheus: { light: '#c2410c', dark: '#fb923c' },
  mimir: { light: '#b45309', dark: '#fbbf24' },
  loki: { light: '#a16207', dark: '#facc15' },
  otelcol: { light: '#4338ca', dark: '#a5b4fc' },
  pyroscope: { light: '#be185d', dark: '#f472b6' },
  discovery: { light: '#0f766e', dark: '#2dd4bf' },
  beyla: { light: '#0369a1', dark: '#38bdf8' },
  faro: { light: '#7c3aed', dark: '#c4b5fd' },
  database_observability: { light: '#9a3412', dark: '#fdba74' },
  local: { light: '#475569', dark: '#94a3b8' },
  remote: { light: '#475569', dark: '#94a3b8' },
  external: { light: '#334155', dark: '#e2e8f0' },
};

const DEFAULT_ACCENT: Record<GraphTheme, string> = { light: '#64748b', dark: '#94a3b8' };

export function ecosystemAccent(ecosystem: string, theme: GraphTheme): string {
  return (ECOSYSTEM_ACCENTS[ecosystem] ?? DEFAULT_ACCENT)[theme];
}

/** Surface colours shared by nodes, labels and the background. */
export type SurfacePalette = {
  background: string;
  nodeFill: string;
  externalFill: string;
  nodeBorder: string;
  text: string;
  mutedText: string;
  error: string;
  errorFill: string;
  highlight: string;
};

export const SURFACES: Record<GraphTheme, SurfacePalette> = {
  light: {
    background: '#f8fafc',
    nodeFill: '#ffffff',
    externalFill: '#f1f5f9',
    nodeBorder: '#94a3b8',
    text: '#0f172a',
    mutedText: '#475569',
    error: '#b91c1c',
    errorFill: '#fef2f2',
    highlight: '#2563eb',
  },
  dark: {
    background: '#0f172a',
    nodeFill: '#1e293b',
    externalFill: '#172033',
    nodeBorder: '#64748b',
    text: '#f1f5f9',
    mutedText: '#cbd5e1',
    error: '#f87171',
    errorFill: '#3b1a1f',
    highlight: '#93c5fd',
  },
};

/** The palette as CSS custom properties for the live view's root element. */
export function cssVariables(theme: GraphTheme): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const [name, value] of Object.entries(SURFACES[theme])) {
    variables[`--pg-${kebab(name)}`] = value;
  }
  for (const signal of SIGNALS) {
    variables[`--pg-signal-${signal}`] = SIGNAL_STYLES[signal].color[theme];
  }
  for (const ecosystem of Object.keys(ECOSYSTEM_ACCENTS)) {
    variables[`--pg-eco-${ecosystem}`] = ecosystemAccent(ecosystem, theme);
  }
  variables['--pg-eco-default'] = DEFAULT_ACCENT[theme];
  return variables;
}

/** The variable holding an ecosystem's accent, falling back to the default for unknown ecosystems. */
export function ecosystemAccentVariable(ecosystem: string): string {
  const safe = ecosystem.toLowerCase().replace(/[^a-z0-9_-]/g, '');
  return `var(--pg-eco-${safe}, var(--pg-eco-default))`;
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
