import { describe, expect, it } from 'vitest';
import { component, edge, error, samplePipeline } from '../../test/fixtures/graph/pipelines';
import { isSyntaxError, mergeWithLastGood } from './merge-last-good';

const syntax = (message: string, at: [number, number]) => error(message, at, 'syntax');

describe('isSyntaxError', () => {
  it('accepts only errors coded syntax', () => {
    expect(isSyntaxError(syntax('unexpected }', [0, 1]))).toBe(true);
    expect(isSyntaxError(error('unknown component', [0, 1], 'unknown-component'))).toBe(false);
    expect(isSyntaxError({ ...syntax('x', [0, 1]), severity: 'warning' })).toBe(false);
  });
});

describe('mergeWithLastGood', () => {
  it('shows the current pipeline and remembers it when there are no syntax errors', () => {
    const current = samplePipeline();
    const semantic = error('unknown component', [0, 10], 'unknown-component');
    const { merged, lastGood } = mergeWithLastGood(null, current, [semantic]);
    expect(merged.pipeline).toBe(current);
    expect(merged.broken.size).toBe(0);
    expect(merged.stale.size).toBe(0);
    expect(lastGood).toBe(current);
  });

  it('keeps the last good pipeline while syntax errors last', () => {
    const good = samplePipeline();
    const current = { nodes: good.nodes.slice(0, 4), edges: good.edges.slice(0, 3) };
    const { lastGood } = mergeWithLastGood(good, current, [syntax('unexpected', [300, 301])]);
    expect(lastGood).toBe(good);
  });

  it('keeps nodes hidden by a syntax error, marked stale, with the edges they owned', () => {
    const good = samplePipeline();
    const files = 'loki.source.file.logs';
    const write = 'loki.write.default';
    // The loki.source.file block no longer parses: it and its forward_to edge vanish.
    const current = {
      nodes: good.nodes.filter((node) => node.id !== files),
      edges: good.edges.filter((e) => e.from !== files),
    };
    const { merged } = mergeWithLastGood(good, current, [syntax('expected }', [380, 381])]);

    expect(merged.pipeline.nodes.map((node) => node.id)).toEqual(
      good.nodes
        .map((node) => node.id)
        .filter((id) => id !== files)
        .concat(files),
    );
    expect([...merged.stale]).toEqual([files, `${files}->${write}:forward_to`]);
    expect(merged.pipeline.edges).toHaveLength(good.edges.length);
  });

  it('marks the blocks that contain a syntax error as broken, with the error', () => {
    const good = samplePipeline();
    const unexpected = syntax('unexpected token', [150, 152]);
    const { merged } = mergeWithLastGood(good, good, [unexpected]);
    expect([...merged.broken.keys()]).toEqual(['prometheus.scrape.pods']);
    expect(merged.broken.get('prometheus.scrape.pods')).toEqual([unexpected]);
    expect(merged.stale.size).toBe(0);
  });

  it('counts an error at the very end of a block (a missing brace) as inside it', () => {
    const block = component('loki.write', 'default', [0, 40]);
    const { merged } = mergeWithLastGood(null, { nodes: [block], edges: [] }, [
      syntax('expected }', [40, 40]),
    ]);
    expect(merged.broken.has(block.id)).toBe(true);
  });

  it('keeps a lost edge owned by a broken block, but not one owned by an intact block', () => {
    const source = component('loki.source.file', 'logs', [0, 100]);
    const relabel = component('loki.relabel', 'tidy', [200, 300]);
    const write = component('loki.write', 'default', [400, 500]);
    const owned = edge(source.id, write.id, 'logs', 'forward_to', [50, 70]);
    const intact = edge(relabel.id, write.id, 'logs', 'forward_to', [250, 270]);
    const good = { nodes: [source, relabel, write], edges: [owned, intact] };

    // An error inside loki.source.file drops its reference; loki.relabel's reference was deleted on purpose.
    const current = { nodes: [source, relabel, write], edges: [] };
    const { merged } = mergeWithLastGood(good, current, [syntax('unexpected', [60, 61])]);
    expect(merged.pipeline.edges.map((e) => e.id)).toEqual([owned.id]);
    expect(merged.stale.has(owned.id)).toBe(true);
  });

  it('keeps no edge whose end is in neither pipeline', () => {
    const source = component('loki.source.file', 'logs', [0, 100]);
    const dangling = edge(source.id, 'loki.write.gone', 'logs', 'forward_to', [50, 70]);
    const good = { nodes: [source], edges: [dangling] };
    const { merged } = mergeWithLastGood(good, { nodes: [source], edges: [] }, [syntax('x', [60, 61])]);
    expect(merged.pipeline.edges).toEqual([]);
  });

  it('shows the recovered pipeline as it is when nothing good came before', () => {
    const current = samplePipeline();
    const { merged, lastGood } = mergeWithLastGood(null, current, [syntax('x', [10, 11])]);
    expect(merged.pipeline).toBe(current);
    expect(merged.broken.has('discovery.kubernetes.pods')).toBe(true);
    expect(lastGood).toBeNull();
  });
});
