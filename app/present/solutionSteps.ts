/**
 * The lesson's solution, block by block, for an instructor to walk the room
 * through it: each step lays one top-level block of the lesson's solution
 * over the configuration, the way the lessons compose their configurations
 * (a block with the same id is replaced in place, a new one is appended).
 */
import { overlayBlocks } from '../../src/lessons';
import { blockId } from '../../src/lessons/block-id';
import { parse, type Range } from '../../src/syntax';

/** One top-level block of a solution, with the comments just above it. */
export type SolutionBlock = { id: string; text: string };

export type ShownBlock = {
  source: string;
  /** Where the block sits in `source`; null when it cannot be found there (a config too broken to read). */
  range: Range | null;
};

/** The top-level blocks of a lesson's solution, in order. */
export function solutionBlocks(solution: string): SolutionBlock[] {
  const blocks: SolutionBlock[] = [];
  let previousEnd = 0;
  for (const statement of parse(solution).ast.body) {
    const { end } = statement;
    if (statement.kind === 'Block')
      blocks.push({ id: blockId(statement), text: solution.slice(previousEnd, end).trim() });
    previousEnd = end;
  }
  return blocks;
}

/** `source` with `block` laid over it, and where the block now is. */
export function showBlock(source: string, block: SolutionBlock): ShownBlock {
  const shown = overlayBlocks(source, block.text);
  const { ast, lines } = parse(shown);
  const statement = ast.body.find(
    (candidate) => candidate.kind === 'Block' && blockId(candidate) === block.id,
  );
  return { source: shown, range: statement ? lines.range(statement) : null };
}
