/**
 * Config pointers: how lesson texts and hints name a place in the
 * configuration. `loki.write.mythical` names a component;
 * `loki.write.mythical#endpoint.url` an attribute inside it, through its
 * blocks. In Markdown they appear as links: `[url](alloy:logging#level)`.
 */
import type { AlloyFile, Statement } from '../syntax/ast';
import type { Span } from '../syntax/span';
import { blockId } from './block-id';

export type ConfigPointer = { blockId: string; path: string[] };

export type ResolvedPointer = {
  /** The deepest block or attribute found along the pointer. */
  range: Span;
  /** Whether the whole pointer was found, not only its beginning. */
  complete: boolean;
};

export function parsePointer(text: string): ConfigPointer {
  const hash = text.indexOf('#');
  if (hash < 0) return { blockId: text, path: [] };
  const path = text.slice(hash + 1);
  return { blockId: text.slice(0, hash), path: path === '' ? [] : path.split('.') };
}

/** Finds what a pointer names; null when not even its block exists. */
export function resolvePointer(file: AlloyFile, text: string): ResolvedPointer | null {
  const pointer = parsePointer(text);
  const block = file.body.find(
    (statement) => statement.kind === 'Block' && blockId(statement) === pointer.blockId,
  );
  if (!block || block.kind !== 'Block') return null;

  let range: Span = block;
  let body: readonly Statement[] = block.body;
  let rest = pointer.path;
  while (rest.length > 0) {
    const step = findStep(body, rest);
    if (!step) return { range, complete: false };
    range = step.statement;
    rest = rest.slice(step.consumed);
    if (step.statement.kind === 'Attribute') return { range, complete: rest.length === 0 };
    body = step.statement.body;
  }
  return { range, complete: true };
}

/** The pointers in the `alloy:` links of a Markdown text, in order. */
export function pointersInMarkdown(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(alloy:([^)\s]+)\)/g)].map((match) => match[1] ?? '');
}

/** Matches the longest run of path segments naming one statement: block names may contain dots (`stage.json`). */
function findStep(
  body: readonly Statement[],
  path: readonly string[],
): { statement: Statement; consumed: number } | null {
  for (let length = path.length; length > 0; length--) {
    const name = path.slice(0, length).join('.');
    const statement = body.find((item) => (item.kind === 'Block' ? item.name : item.name.name) === name);
    if (statement) return { statement, consumed: length };
  }
  return null;
}
