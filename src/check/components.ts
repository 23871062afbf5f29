/**
 * The learner's top-level blocks as the checks see them: type, label, id,
 * and readers for their arguments and nested blocks.
 */
import type { AlloyFile, Block, Statement } from '../syntax/ast';
import type { PlainObject, Plain } from './plain';
import type { ValueReader } from './values';

export type ComponentView = {
  /** `loki.write.mythical`, `logging`. */
  id: string;
  /** `loki.write`, `logging`. */
  type: string;
  label: string | null;
  block: Block;
  /** Position among the top-level blocks. */
  order: number;
};

export function componentViews(file: AlloyFile): ComponentView[] {
  const views: ComponentView[] = [];
  for (const statement of file.body) {
    if (statement.kind !== 'Block') continue;
    const label = statement.label?.value ?? null;
    views.push({
      id: label === null ? statement.name : `${statement.name}.${label}`,
      type: statement.name,
      label,
      block: statement,
      order: views.length,
    });
  }
  return views;
}

/** A nested block decoded for the sample runners: its attributes as plain values, its own blocks in order. */
export type DecodedBlock = { name: string; args: PlainObject; blocks: readonly DecodedBlock[] };

export function decodeBody(
  body: readonly Statement[],
  reader: ValueReader,
): { args: PlainObject; blocks: DecodedBlock[] } {
  const args: Record<string, Plain> = {};
  const blocks: DecodedBlock[] = [];
  for (const statement of body) {
    if (statement.kind === 'Attribute') args[statement.name.name] = reader.read(statement.value);
    else blocks.push({ name: statement.name, ...decodeBody(statement.body, reader) });
  }
  return { args, blocks };
}
