/**
 * Reference cycles. Alloy evaluates components in reference order, so a
 * component may not depend on itself through others. Every reference that
 * lies on a cycle gets the error, so the learner sees each wire involved.
 */
import { componentSizes, stronglyConnectedComponents } from './cycles';
import type { Declaration } from './declarations';
import { CODES, finding } from './diagnostics';
import type { Reference } from './references';

export function reportCycles(declarations: readonly Declaration[], references: readonly Reference[]): void {
  // Lists only for declarations that reference others, begun at the size of one: most reference
  // one other or none.
  const successors = new Array<number[] | undefined>(declarations.length);
  for (const reference of references) {
    const list = successors[reference.from.index];
    if (list) list.push(reference.to.index);
    else successors[reference.from.index] = [reference.to.index];
  }
  const component = stronglyConnectedComponents(declarations.length, successors);
  const sizes = componentSizes(component);

  // The members of each cycle in declaration order, named once per cycle.
  const members = new Map<number, string[]>();
  for (const declaration of declarations) {
    const c = component[declaration.index]!;
    if (sizes[c]! > 1) (members.get(c) ?? members.set(c, []).get(c)!).push(declaration.id);
  }

  for (const reference of references) {
    const c = component[reference.from.index]!;
    if (sizes[c]! < 2 || component[reference.to.index] !== c) continue;
    reference.from.findings.push(
      finding('error', CODES.cycle, `cycle detected: ${members.get(c)!.join(', ')}`, reference.chain.range),
    );
  }
}
