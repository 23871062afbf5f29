/**
 * Finds the strongly connected components of a directed graph (Tarjan's
 * algorithm, iterative so that long chains cannot overflow the stack). Every
 * edge whose ends lie in the same component of more than one node — or that
 * loops on itself — is part of a cycle. Linear in nodes plus edges.
 */

const NO_SUCCESSORS: readonly number[] = [];

/** For each node, the index of its strongly connected component; a node may lack a list of successors. */
export function stronglyConnectedComponents(
  nodeCount: number,
  successors: readonly (readonly number[] | undefined)[],
): number[] {
  const index = new Array<number>(nodeCount).fill(-1);
  const lowLink = new Array<number>(nodeCount).fill(0);
  const onStack = new Array<boolean>(nodeCount).fill(false);
  const component = new Array<number>(nodeCount).fill(-1);
  const stack: number[] = [];
  let nextIndex = 0;
  let nextComponent = 0;

  // Each frame is a node and the position of the next successor to visit.
  const frames: { node: number; next: number }[] = [];
  for (let root = 0; root < nodeCount; root++) {
    if (index[root] !== -1) continue;
    frames.push({ node: root, next: 0 });
    index[root] = lowLink[root] = nextIndex++;
    stack.push(root);
    onStack[root] = true;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      const edges = successors[frame.node] ?? NO_SUCCESSORS;
      if (frame.next < edges.length) {
        const target = edges[frame.next++]!;
        if (index[target] === -1) {
          index[target] = lowLink[target] = nextIndex++;
          stack.push(target);
          onStack[target] = true;
          frames.push({ node: target, next: 0 });
        } else if (onStack[target]) {
          lowLink[frame.node] = Math.min(lowLink[frame.node]!, index[target]!);
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) lowLink[parent.node] = Math.min(lowLink[parent.node]!, lowLink[frame.node]!);
      if (lowLink[frame.node] === index[frame.node]) {
        let member: number;
        do {
          member = stack.pop()!;
          onStack[member] = false;
          component[member] = nextComponent;
        } while (member !== frame.node);
        nextComponent++;
      }
    }
  }
  return component;
}

/** The sizes of the components, indexed like the result of `stronglyConnectedComponents`. */
export function componentSizes(component: readonly number[]): number[] {
  const sizes: number[] = [];
  for (const c of component) sizes[c] = (sizes[c] ?? 0) + 1;
  return sizes;
}
