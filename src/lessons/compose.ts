/**
 * Growing a configuration lesson by lesson. Lessons store only what they
 * add: a skeleton of new blocks, and a solution that holds the new blocks
 * plus any earlier block the lesson changes, in full.
 */
import { parse } from '../syntax';
import type { Block } from '../syntax/ast';
import { blockId } from './block-id';

type Chunk = { id: string | null; text: string; blockText: string };

/**
 * Lays `addition` over `base`: a block of `addition` replaces the block of
 * `base` with the same id in place; the other blocks, with the comments just
 * above them, are appended in their order.
 */
export function overlayBlocks(base: string, addition: string): string {
  const baseBlocks = topLevelBlocks(base);
  const replacements: { start: number; end: number; text: string }[] = [];
  const appended: string[] = [];
  for (const chunk of chunksOf(addition)) {
    const target = chunk.id === null ? undefined : baseBlocks.get(chunk.id);
    if (target) replacements.push({ start: target.start, end: target.end, text: chunk.blockText });
    else appended.push(chunk.text);
  }
  let result = base;
  for (const { start, end, text } of replacements.sort((a, b) => b.start - a.start)) {
    result = result.slice(0, start) + text + result.slice(end);
  }
  return join(result, appended);
}

/**
 * Appends the blocks of `skeleton` whose ids `base` does not have yet, so
 * that work already done under the same name is never overwritten.
 */
export function addMissingBlocks(base: string, skeleton: string): string {
  const existing = topLevelBlocks(base);
  const missing = chunksOf(skeleton).filter((chunk) => chunk.id === null || !existing.has(chunk.id));
  return join(
    base,
    missing.map((chunk) => chunk.text),
  );
}

function join(base: string, parts: readonly string[]): string {
  const pieces = [base.trimEnd(), ...parts].filter((piece) => piece !== '');
  return pieces.length === 0 ? '' : `${pieces.join('\n\n')}\n`;
}

function topLevelBlocks(source: string): Map<string, Block> {
  const blocks = new Map<string, Block>();
  for (const statement of parse(source).ast.body) {
    if (statement.kind === 'Block' && !blocks.has(blockId(statement)))
      blocks.set(blockId(statement), statement);
  }
  return blocks;
}

/** Each top-level statement with the text in front of it (comments, blank lines) back to the previous one. */
function chunksOf(source: string): Chunk[] {
  const chunks: Chunk[] = [];
  let previousEnd = 0;
  for (const statement of parse(source).ast.body) {
    const { start, end } = statement;
    chunks.push({
      id: statement.kind === 'Block' ? blockId(statement) : null,
      text: source.slice(previousEnd, end).trim(),
      blockText: source.slice(start, end),
    });
    previousEnd = end;
  }
  return chunks;
}
