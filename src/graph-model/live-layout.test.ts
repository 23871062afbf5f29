import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { Pipeline } from '../analysis/pipeline';
import { component, edge, samplePipeline } from '../../test/fixtures/graph/pipelines';
import { toGraphView, type GraphView } from './graph-view';
import { engineNeed, NO_LAYOUT, receiveLayout, showView, type LiveLayout } from './live-layout';
import { engineLayout, layoutGraph, SETTLED } from './stable-layout';

const viewOf = (pipeline: Pipeline): GraphView =>
  toGraphView({ pipeline, broken: new Map(), stale: new Set() });

const engine = new ELK();
const WRITE = 'loki.write.default';

/** The sample with loki.write's label typed on, the reference to it left behind: one wire cut. */
function typedOn(pipeline: Pipeline): Pipeline {
  const renamed = component('loki.write', 'defaultx', [400, 491]);
  return {
    nodes: pipeline.nodes.map((node) => (node.id === WRITE ? renamed : node)),
    edges: pipeline.edges
      .filter((e) => e.to !== WRITE)
      .map((e) => (e.from === WRITE ? { ...e, from: renamed.id } : e)),
  };
}

/** A state showing the sample, laid out by the engine. */
async function showingSample(): Promise<LiveLayout> {
  const state = showView(NO_LAYOUT, viewOf(samplePipeline()));
  return receiveLayout(state, await layoutGraph(state.view!, null, engine));
}

describe('live layout', () => {
  it('asks the engine for the first view and draws its answer', async () => {
    const state = showView(NO_LAYOUT, viewOf(samplePipeline()));
    expect(state.layout).toBeNull();
    expect(engineNeed(state)).toBe('layout');

    const answer = await layoutGraph(state.view!, null, engine);
    const drawn = receiveLayout(state, answer);
    expect(drawn.layout).toBe(answer);
    expect(drawn.settled).toBe(answer);
    expect(engineNeed(drawn)).toBeNull();
  });

  it('draws a renamed block at once and settles back when the name is restored', async () => {
    const sample = await showingSample();
    const typed = showView(sample, viewOf(typedOn(samplePipeline())));
    expect(typed.layout!.key).toBe(typed.key);
    expect(typed.layout!.positions.get('loki.write.defaultx')).toEqual(sample.layout!.positions.get(WRITE));
    expect(engineNeed(typed)).toBe('refine');

    const restored = showView(typed, viewOf(samplePipeline()));
    expect(restored.layout).toBe(sample.layout);
    expect(engineNeed(restored)).toBeNull();
  });

  it('settles a provisional layout with the engine, and without it if the engine fails', async () => {
    const typed = showView(await showingSample(), viewOf(typedOn(samplePipeline())));
    const refined = receiveLayout(typed, await engineLayout(typed.view!, typed.layout, engine));
    expect(engineNeed(refined)).toBeNull();
    expect(refined.settled).toBe(refined.layout);

    const failed = receiveLayout(typed, null);
    expect(engineNeed(failed)).toBeNull();
    expect(failed.layout!.positions).toBe(typed.layout!.positions);
  });

  it('keeps the old positions while a mostly new graph waits for the engine, and ignores outdated answers', async () => {
    const sample = await showingSample();
    const other = (labels: string[]): Pipeline => ({
      nodes: labels.map((label, i) => component('loki.write', label, [i * 10, i * 10 + 5])),
      edges: [],
    });
    const pasted = showView(sample, viewOf(other(['a', 'b', 'c', 'd'])));
    expect(pasted.layout).toBe(sample.layout);
    expect(engineNeed(pasted)).toBe('layout');

    const outdated = await layoutGraph(pasted.view!, pasted.layout, engine);
    const edited = showView(pasted, viewOf(other(['a', 'b', 'c', 'd', 'e'])));
    expect(receiveLayout(edited, outdated)).toBe(edited);

    const answer = await layoutGraph(edited.view!, edited.layout, engine);
    const drawn = receiveLayout(edited, answer);
    expect(drawn.layout).toBe(answer);
    expect(engineNeed(drawn)).toBeNull();
  });

  it('keeps the layout when the structure stays, however the view changes', async () => {
    const sample = await showingSample();
    const pipeline = samplePipeline();
    pipeline.edges.push(edge('loki.source.file.logs', WRITE, 'logs', 'forward_to', [386, 390]));
    const state = showView(sample, viewOf(pipeline));
    expect(state.layout).toBe(sample.layout);
    expect(state.layout!.unsettled).toBe(SETTLED);
  });
});
