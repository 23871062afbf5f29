/**
 * Follows a config pointer from a lesson (`loki.write.mythical#endpoint.url`)
 * into the learner's configuration: selects what it names in the editor and
 * highlights its component in the graph.
 */
import { parse } from '../../src/syntax';
import { parsePointer, resolvePointer } from '../../src/lessons';
import { usePlayground } from '../state/store';

/** False when the configuration has no such place (yet). */
export function revealPointer(pointer: string): boolean {
  const { source, selectNode } = usePlayground.getState();
  const { ast, lines } = parse(source);
  const found = resolvePointer(ast, pointer);
  if (!found) return false;
  // A component's graph node has the component's id, which is the pointer's block id.
  selectNode(parsePointer(pointer).blockId, lines.range(found.range));
  return true;
}
