import { describe, expect, it } from 'vitest';
import { component, edge, samplePipeline } from '../../test/fixtures/graph/pipelines';
import { toGraphView } from './graph-view';
import { SIGNAL_STYLES, SURFACES } from './palette';
import { escapeXml, renderGraphSvg } from './svg-export';

const viewOf = (pipeline: ReturnType<typeof samplePipeline>) =>
  toGraphView({ pipeline, broken: new Map(), stale: new Set() });

/** A column per node, in input order. */
const columns = (ids: string[]) => new Map(ids.map((id, index) => [id, { x: index * 300, y: 0 }]));

describe('renderGraphSvg', () => {
  const view = viewOf(samplePipeline());
  const positions = columns(view.nodes.map((node) => node.id));

  it('draws every node and edge, with a line per signal in the legend', () => {
    const svg = renderGraphSvg(view, positions, 'light');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<rect [^>]*rx="8"/g)).toHaveLength(view.nodes.length);
    expect(svg.match(/<path d="M[^"]*" fill="none"/g)).toHaveLength(view.edges.length);
    expect(svg.match(/<line /g)).toHaveLength(5);
    expect(svg).toContain('<title>Pipeline graph: 12 components, 10 connections</title>');
    expect(svg).toContain('>prometheus.scrape</text>');
    expect(svg).toContain('>pods</text>');
  });

  it('colours and dashes each edge by its signal, per theme', () => {
    const light = renderGraphSvg(view, positions, 'light');
    const dark = renderGraphSvg(view, positions, 'dark');
    expect(light).toContain(
      `stroke="${SIGNAL_STYLES.logs.color.light}" stroke-width="2" stroke-dasharray="${SIGNAL_STYLES.logs.dash}"`,
    );
    expect(dark).toContain(
      `stroke="${SIGNAL_STYLES.logs.color.dark}" stroke-width="2" stroke-dasharray="${SIGNAL_STYLES.logs.dash}"`,
    );
    expect(light).toContain(`fill="${SURFACES.light.background}"`);
    expect(dark).toContain(`fill="${SURFACES.dark.background}"`);
  });

  it('escapes text and marks nodes with errors', () => {
    const odd = component('loki.process', 'a<b>&"c"', [0, 10], {
      diagnostics: [{ severity: 'error', message: 'bad <stage>', range: samplePipeline().nodes[0]!.range }],
    });
    const other = component('loki.write', 'out', [20, 30]);
    const small = viewOf({
      nodes: [odd, other],
      edges: [edge(odd.id, other.id, 'logs', 'forward_to', [0, 1])],
    });
    const svg = renderGraphSvg(small, columns([odd.id, other.id]), 'light');
    expect(svg).toContain('a&lt;b&gt;&amp;&quot;c&quot;');
    expect(svg).toContain('<title>bad &lt;stage&gt;</title>');
    expect(svg).toContain(`stroke="${SURFACES.light.error}" stroke-width="2"`);
    expect(svg).not.toContain('a<b>');
  });

  it('leaves out nodes without a position and the edges touching them', () => {
    const partial = new Map([...positions].slice(0, 2));
    const svg = renderGraphSvg(view, partial, 'light');
    expect(svg.match(/<rect [^>]*rx="8"/g)).toHaveLength(2);
    expect(svg.match(/<path d="M[^"]*" fill="none"/g)).toHaveLength(1);
  });

  it('draws an empty graph as a picture with only the legend', () => {
    const svg = renderGraphSvg({ nodes: [], edges: [] }, new Map(), 'dark');
    expect(svg).toContain('0 components, 0 connections');
    expect(svg.match(/<line /g)).toHaveLength(5);
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
