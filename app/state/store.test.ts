import { beforeEach, describe, expect, it } from 'vitest';
import type { Range } from '../../src/syntax/diagnostic';
import { EXAMPLE_SOURCE } from './exampleSource';
import { usePlayground } from './store';

const RANGE: Range = { start: { offset: 0, line: 1, column: 1 }, end: { offset: 7, line: 1, column: 8 } };
const EMPTY = { diagnostics: [], pipeline: { nodes: [], edges: [] } };
const initial = usePlayground.getState();

describe('the playground store', () => {
  beforeEach(() => usePlayground.setState(initial, true));

  it('starts with the workshop example', () => {
    expect(usePlayground.getState().source).toBe(EXAMPLE_SOURCE);
    expect(usePlayground.getState().revision).toBe(0);
  });

  it('counts revisions of the source, not repeats of the same text', () => {
    const { setSource } = usePlayground.getState();
    setSource('a = 1');
    setSource('a = 1');
    setSource('a = 2');
    expect(usePlayground.getState().revision).toBe(2);
  });

  it('keeps the newest analysis when an older one arrives late', () => {
    const { setAnalysis } = usePlayground.getState();
    setAnalysis({ revision: 3, ...EMPTY });
    setAnalysis({ revision: 2, ...EMPTY });
    expect(usePlayground.getState().analysis?.revision).toBe(3);
    setAnalysis({ revision: 4, ...EMPTY });
    expect(usePlayground.getState().analysis?.revision).toBe(4);
  });

  it('highlights a node picked in the graph and asks the editor to show it', () => {
    usePlayground.getState().selectNode('loki.write.out', RANGE);
    usePlayground.getState().selectNode('loki.write.out', RANGE);
    const { highlightedNodeId, reveal } = usePlayground.getState();
    expect(highlightedNodeId).toBe('loki.write.out');
    // A second pick of the same node is a new request.
    expect(reveal).toEqual({ range: RANGE, focus: false, seq: 2 });
  });

  it('moves the editor cursor to a problem, taking the focus', () => {
    usePlayground.getState().goToRange(RANGE);
    expect(usePlayground.getState().reveal).toEqual({ range: RANGE, focus: true, seq: 1 });
  });
});
