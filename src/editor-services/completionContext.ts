/**
 * Where the cursor is, grammatically, for completion: at the start of a
 * statement, in an attribute's value, inside a string, or somewhere nothing
 * can be suggested. Read from the token stream rather than the syntax tree,
 * because the text being completed is by nature unfinished and the parser
 * drops unfinished statements.
 */
import { scan, type Token } from '../syntax';
import type { Span } from '../syntax/span';

/** A block around the cursor, outermost first: `loki.write "default"`, then `endpoint`. */
export type EnclosingBlock = { name: string; label: string | null };

/** Attributes and blocks already written in the body around the cursor. */
export type BodyContents = { attributes: ReadonlySet<string>; blocks: ReadonlySet<string> };

export type CompletionContext =
  /** Where a statement starts: a block or attribute name goes here. */
  | { kind: 'statement'; blocks: EnclosingBlock[]; prefix: Span; siblings: BodyContents }
  /** In the value of `attribute`, inside `listDepth` list literals (and perhaps other brackets). */
  | {
      kind: 'value';
      blocks: EnclosingBlock[];
      attribute: string;
      /** How many `[` enclose the cursor directly in the value; null when other brackets are in between. */
      listDepth: number | null;
      prefix: Span;
    }
  /** Inside a string literal in the value of `attribute`. */
  | { kind: 'string'; blocks: EnclosingBlock[]; attribute: string; listDepth: number | null; content: Span }
  | { kind: 'none' };

type BodyFrame = {
  kind: 'body';
  block: EnclosingBlock | null;
  /** The tokens of the statement being read at this level. */
  statement: Token[];
  attributes: Set<string>;
  blocks: Set<string>;
};
type BracketFrame = { kind: 'list' | 'object' | 'call' };
type Frame = BodyFrame | BracketFrame;

const NAME_KINDS = new Set(['IDENT', 'BOOL', 'NULL']);

export function completionContext(source: string, offset: number): CompletionContext {
  const { tokens, diagnostics } = scan(source);
  const unterminated = new Set(
    diagnostics.filter((d) => d.message === 'string literal not terminated').map((d) => d.range.start.offset),
  );

  // The first token that reaches the cursor; every token before it ends before the cursor.
  const at = tokens.findIndex((token) => token.kind !== 'TERMINATOR' && token.range.end >= offset);
  const current = tokens[at]!;
  let read = at;
  let prefixStart = offset;
  let inString: Span | null = null;

  if (current.range.start < offset) {
    const { start, end } = current.range;
    if (current.kind === 'STRING') {
      const open = unterminated.has(start);
      if (!open && offset === end) return { kind: 'none' };
      inString = { start: start + 1, end: open ? end : end - 1 };
    } else if (isNamePart(current)) {
      let first = at;
      while (first > 0 && isNamePart(tokens[first - 1]!) && touches(tokens[first - 1]!, tokens[first]!))
        first--;
      if (tokens[first]!.kind === '.') return { kind: 'none' };
      prefixStart = tokens[first]!.range.start;
      read = first;
    } else if (offset === end && OPENS_A_VALUE.has(current.kind)) {
      read = at + 1;
    } else {
      // Inside a comment, a number or an operator, or right after a complete value.
      return { kind: 'none' };
    }
  }

  // A terminator at the cursor ends the statement only once the cursor has moved past it.
  while (read > 0 && tokens[read - 1]!.kind === 'TERMINATOR' && tokens[read - 1]!.range.start >= offset) {
    read--;
  }
  const frames = readFrames(tokens, read);
  const body = innermostBody(frames);
  const blocks = frames.flatMap((frame) => (frame.kind === 'body' && frame.block ? [frame.block] : []));
  const top = frames[frames.length - 1]!;
  const attribute = attributeBeingAssigned(body.statement);

  if (top.kind === 'body' && top.statement.length === 0 && !inString) {
    const siblings = collectSiblings(tokens, read, top, prefixStart < offset);
    return { kind: 'statement', blocks, prefix: { start: prefixStart, end: offset }, siblings };
  }
  if (attribute === null) return { kind: 'none' };
  if (inString) return { kind: 'string', blocks, attribute, listDepth: listDepth(frames), content: inString };
  return {
    kind: 'value',
    blocks,
    attribute,
    listDepth: listDepth(frames),
    prefix: { start: prefixStart, end: offset },
  };
}

/** Tokens after which a value may start. */
const OPENS_A_VALUE = new Set<string>([
  '=',
  '[',
  '(',
  '{',
  ',',
  '||',
  '&&',
  '!',
  '==',
  '!=',
  '<',
  '<=',
  '>',
  '>=',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
]);

function isNamePart(token: Token): boolean {
  return NAME_KINDS.has(token.kind) || token.kind === '.';
}

function touches(before: Token, after: Token): boolean {
  return before.range.end === after.range.start;
}

/** Reads tokens `[0, end)` into the stack of bodies and brackets the cursor is in. */
function readFrames(tokens: readonly Token[], end: number): Frame[] {
  const frames: Frame[] = [newBody(null)];
  for (let i = 0; i < end; i++) step(frames, tokens[i]!);
  return frames;
}

function newBody(block: EnclosingBlock | null): BodyFrame {
  return { kind: 'body', block, statement: [], attributes: new Set(), blocks: new Set() };
}

function innermostBody(frames: readonly Frame[]): BodyFrame {
  for (let i = frames.length - 1; i >= 0; i--) {
    const frame = frames[i]!;
    if (frame.kind === 'body') return frame;
  }
  return frames[0] as BodyFrame;
}

function step(frames: Frame[], token: Token): void {
  const top = frames[frames.length - 1]!;
  switch (token.kind) {
    case 'COMMENT':
      return;
    case 'TERMINATOR':
    case 'EOF':
      if (top.kind === 'body') endStatement(top);
      return;
    case '{':
      if (top.kind === 'body' && attributeBeingAssigned(top.statement) === null) {
        const header = blockHeader(top.statement);
        if (header) top.blocks.add(header.name);
        frames.push(newBody(header ?? { name: '', label: null }));
      } else {
        frames.push({ kind: 'object' });
      }
      return;
    case '[':
      frames.push({ kind: 'list' });
      return;
    case '(':
      frames.push({ kind: 'call' });
      return;
    case '}':
      // Closes the innermost object or block, whatever was left open inside it.
      while (frames.length > 1) {
        const popped = frames.pop()!;
        if (popped.kind === 'object' || popped.kind === 'body') return;
      }
      return;
    case ']':
      if (top.kind === 'list') frames.pop();
      return;
    case ')':
      if (top.kind === 'call') frames.pop();
      return;
    default:
      if (top.kind === 'body') top.statement.push(token);
  }
}

function endStatement(body: BodyFrame): void {
  const assigned = attributeBeingAssigned(body.statement);
  if (assigned !== null) body.attributes.add(assigned);
  body.statement = [];
}

/** `name =` at the start of a statement: the attribute's name. */
function attributeBeingAssigned(statement: readonly Token[]): string | null {
  const [name, equals] = statement;
  return name?.kind === 'IDENT' && equals?.kind === '=' ? name.literal : null;
}

/** `a.b.c "label"` before a `{`. */
function blockHeader(statement: readonly Token[]): EnclosingBlock | null {
  const parts: string[] = [];
  let i = 0;
  for (; i < statement.length; i += 2) {
    const part = statement[i]!;
    if (part.kind !== 'IDENT') return null;
    parts.push(part.literal);
    if (statement[i + 1]?.kind !== '.') {
      i++;
      break;
    }
  }
  const label = statement[i];
  if (parts.length === 0) return null;
  if (label === undefined) return { name: parts.join('.'), label: null };
  if (label.kind !== 'STRING' || i !== statement.length - 1) return null;
  return { name: parts.join('.'), label: label.literal.slice(1, -1) || null };
}

function listDepth(frames: readonly Frame[]): number | null {
  let depth = 0;
  for (let i = frames.length - 1; i >= 0; i--) {
    const frame = frames[i]!;
    if (frame.kind === 'body') return depth;
    if (frame.kind !== 'list') return null;
    depth++;
  }
  return depth;
}

/** Names written in the cursor's body, before and after the cursor's own statement. */
function collectSiblings(
  tokens: readonly Token[],
  from: number,
  body: BodyFrame,
  cursorInStatement: boolean,
): BodyContents {
  let i = from;
  // Skip the statement being typed at the cursor, nested brackets included.
  for (let depth = 0; cursorInStatement && i < tokens.length; i++) {
    const kind = tokens[i]!.kind;
    if (kind === '{' || kind === '[' || kind === '(') depth++;
    else if (kind === '}' || kind === ']' || kind === ')') depth--;
    if (depth < 0 || (depth === 0 && (kind === 'TERMINATOR' || kind === 'EOF'))) break;
  }
  const frames: Frame[] = [body];
  for (; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === '}' && frames.length === 1) break;
    step(frames, token);
  }
  return { attributes: body.attributes, blocks: body.blocks };
}
