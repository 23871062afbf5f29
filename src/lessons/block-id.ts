import type { Block } from '../syntax/ast';

/** A top-level block's id as Alloy forms it: name parts and label joined by dots (`loki.write.mythical`, `logging`). */
export function blockId(block: Block): string {
  return block.label ? `${block.name}.${block.label.value}` : block.name;
}
