import { describe, expect, it } from 'vitest';
import { component, edge } from '../../test/fixtures/graph/pipelines';
import { toGraphView } from './graph-view';
import { nodeInDirection } from './keyboard-navigation';

// Two rows: a → b → c on top, d → e below; b also feeds e.
const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map((name, index) =>
  component('loki.process', name, [index * 10, index * 10 + 5]),
);
const view = toGraphView({
  pipeline: {
    nodes: [a!, b!, c!, d!, e!],
    edges: [
      edge(a!.id, b!.id, 'logs', 'forward_to', [0, 1]),
      edge(b!.id, c!.id, 'logs', 'forward_to', [0, 1]),
      edge(d!.id, e!.id, 'logs', 'forward_to', [0, 1]),
      edge(b!.id, e!.id, 'logs', 'forward_to', [0, 1]),
    ],
  },
  broken: new Map(),
  stale: new Set(),
});
const positions = new Map([
  [a!.id, { x: 0, y: 0 }],
  [b!.id, { x: 300, y: 0 }],
  [c!.id, { x: 600, y: 0 }],
  [d!.id, { x: 0, y: 100 }],
  [e!.id, { x: 600, y: 100 }],
]);
const go = (from: string, direction: 'left' | 'right' | 'up' | 'down') =>
  nodeInDirection(view, positions, `loki.process.${from}`, direction)?.replace('loki.process.', '') ?? null;

describe('nodeInDirection', () => {
  it('follows wires right and left, preferring the wire that stays in line', () => {
    expect(go('a', 'right')).toBe('b');
    expect(go('b', 'right')).toBe('c');
    expect(go('e', 'left')).toBe('b');
  });

  it('falls back to the nearest node on that side when there is no wire', () => {
    expect(go('c', 'left')).toBe('b');
    expect(go('d', 'right')).toBe('e');
    expect(go('c', 'right')).toBeNull();
  });

  it('moves up and down to the nearest node, preferring the same column', () => {
    expect(go('a', 'down')).toBe('d');
    expect(go('e', 'up')).toBe('c');
    expect(go('d', 'down')).toBeNull();
  });

  it('answers null for an unknown or unplaced node', () => {
    expect(nodeInDirection(view, positions, 'nope', 'right')).toBeNull();
    expect(nodeInDirection(view, new Map(), a!.id, 'right')).toBeNull();
  });
});
