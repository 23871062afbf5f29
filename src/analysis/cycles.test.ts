import { describe, expect, it } from 'vitest';
import { componentSizes, stronglyConnectedComponents } from './cycles';

describe('stronglyConnectedComponents', () => {
  it('puts every node of a cycle in one component and others alone', () => {
    // 0 → 1 → 2 → 0, 2 → 3, 4 → 4
    const component = stronglyConnectedComponents(5, [[1], [2], [0, 3], [], [4]]);
    expect(component[0]).toBe(component[1]);
    expect(component[1]).toBe(component[2]);
    expect(component[3]).not.toBe(component[0]);
    expect(component[4]).not.toBe(component[3]);
    const sizes = componentSizes(component);
    expect(sizes[component[0]!]).toBe(3);
    expect(sizes[component[3]!]).toBe(1);
  });

  it('separates two cycles joined by a one-way edge', () => {
    // 0 ⇄ 1 → 2 ⇄ 3
    const component = stronglyConnectedComponents(4, [[1], [0, 2], [3], [2]]);
    expect(component[0]).toBe(component[1]);
    expect(component[2]).toBe(component[3]);
    expect(component[0]).not.toBe(component[2]);
  });

  it('handles a long chain without recursion', () => {
    const n = 100_000;
    const successors = Array.from({ length: n }, (_, i) => (i + 1 < n ? [i + 1] : [0]));
    const component = stronglyConnectedComponents(n, successors);
    expect(componentSizes(component)[component[0]!]).toBe(n);
  });

  it('returns an empty result for an empty graph', () => {
    expect(stronglyConnectedComponents(0, [])).toEqual([]);
  });
});
