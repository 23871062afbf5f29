/**
 * Robustness fuzz for the parser and the formatter.
 *
 * Inputs: mutations of the conformance files (characters and tokens deleted,
 * inserted, duplicated, swapped), random token soup, and generated programs
 * with random layout and comments. Properties: `parse` and `format` never
 * throw; every diagnostic range lies inside the text with line/column
 * matching its offset; a file with errors comes back unchanged; and for
 * input that parses cleanly, the output parses to the same AST (kinds, names,
 * values, comment texts) and formatting it again changes nothing.
 *
 * Two exemptions follow the reference `alloy fmt`, which the formatter
 * reproduces: input meeting one of its documented quirks (spec 7.8: re-quoted
 * keys, tabs in strings, `f(⏎)`, comments next to tokens without a position)
 * is only checked for robustness; and where the first run joins the lines of
 * a statement or field value (`x = 1 +⏎2`), alignment settles on the second
 * run, so idempotence is checked from there.
 *
 * Reproducible: set ALLOY_FUZZ_SEED to rerun with another seed; a failure
 * report names the seed, the case number and the input.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AlloyFile, Expression, ObjectField, Statement } from './ast';
import type { Diagnostic } from './diagnostic';
import { format } from './format';
import { LineIndex } from './line-index';
import { parse, type ParseResult } from './parser';
import type { Span } from './span';
import { quoteText } from './token';

const SEED = Number(process.env.ALLOY_FUZZ_SEED ?? 20260821);
const CASES = 10_000;
const MAX_REPORTED = 5;

/** mulberry32: a small, fast, seedable PRNG. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = {
  next: () => number;
  int: (n: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
};

function random(seed: number): Random {
  const next = prng(seed);
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: (items) => items[int(items.length)]!, chance: (p) => next() < p };
}

// ---------------------------------------------------------------- corpus

const CONFORMANCE = join(__dirname, '../../test/fixtures/conformance/alloy-syntax');

function filesUnder(dir: string, suffixes: string[]): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, suffixes);
    return suffixes.some((suffix) => name.endsWith(suffix)) ? [path] : [];
  });
}

const corpus: string[] = [
  ...filesUnder(join(CONFORMANCE, 'printer'), ['.in']).map((path) => readFileSync(path, 'utf8')),
  ...filesUnder(join(CONFORMANCE, 'parser'), ['.alloy']).map((path) => readFileSync(path, 'utf8')),
  ...(
    JSON.parse(readFileSync(join(CONFORMANCE, 'vectors.json'), 'utf8')) as { format: { input: string }[] }
  ).format.map((vector) => vector.input),
];

/** Rough tokens, good enough to cut inputs at token boundaries. */
const TOKEN =
  /\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/|"(?:[^"\\\n]|\\.)*"?|`[^`]*`?|[\p{L}_][\p{L}\p{Nd}_]*|\d+\.?\d*(?:[eE][+-]?\d+)?|\|\||&&|[=!<>]=|[^]/gu;

const SOUP_TOKENS = [
  ...['a', 'b', 'foo', 'é', '_x1', 'true', 'false', 'null', 'prometheus', 'scrape', 'local'],
  ...['0', '42', '1.5', '.5', '1e3', '0123', '1.', '1e', '0x10'],
  ...['"s"', '"a\\nb"', '"\\u00e9"', '""', '"a\\"b"', '`r`', '`a\nb`', "'x'", '"open', '`open'],
  ...['||', '&&', '!', '==', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/', '%', '^', '|', '&'],
  ...['{', '}', '[', ']', '(', ')', ',', '.', '=', '=', '{', '}'],
  ...[
    '\n',
    '\n',
    '\r\n',
    ' ',
    '\t',
    '// c',
    '/* c */',
    '/* a\nb */',
    '/*',
    '#',
    ';',
    '\u00a0',
    '\ufeff',
    '\0',
  ],
];

const CHARACTERS = [...'{}[](),.="` \n\n\t\r/*#\\!-+ab_1é\u2028😀', '\0', '\ufeff'];

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function mutate(rng: Random, text: string): string {
  const byToken = rng.chance(0.5);
  const units = byToken ? tokens(text) : [...text];
  const pool = byToken ? SOUP_TOKENS : CHARACTERS;
  const steps = 1 + rng.int(3);
  for (let step = 0; step < steps; step++) {
    const at = rng.int(units.length + 1);
    switch (rng.int(4)) {
      case 0:
        units.splice(at, 1 + rng.int(2));
        break;
      case 1:
        units.splice(at, 0, rng.chance(0.5) ? rng.pick(pool) : rng.pick([...CHARACTERS, ...SOUP_TOKENS]));
        break;
      case 2:
        units.splice(at, 0, ...units.slice(at, at + 1 + rng.int(8)));
        break;
      default: {
        const other = rng.int(units.length + 1);
        const a = units[at];
        const b = units[other];
        if (a !== undefined && b !== undefined) {
          units[at] = b;
          units[other] = a;
        }
      }
    }
  }
  return units.join('');
}

function soup(rng: Random): string {
  const length = 1 + rng.int(40);
  let text = '';
  for (let i = 0; i < length; i++) text += rng.pick(SOUP_TOKENS) + rng.pick(['', ' ', ' ', '\n']);
  return text;
}

// -------------------------------------------------- generated programs

const LITERALS = [
  '1',
  '0.5',
  '.5',
  '1e3',
  '0123',
  '"s"',
  '"é\\n"',
  '`raw`',
  '`two\nlines`',
  'true',
  'null',
  '""',
];
const NAMES = ['a', 'bb', 'long_name', 'é', 'x1'];
const KEYS = [...NAMES, '"quoted key"', '"a.b"', '`raw key`'];
const OPERATORS = ['||', '&&', '==', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/', '%', '^'];

/** Layout after an opening bracket or a comma: where a line break is allowed. */
function gap(rng: Random): string {
  return rng.pick([' ', '', ' ', '\n', '\n\n', ' // c\n', ' /* c */ ', '\n// own line\n']);
}

function list(rng: Random, open: string, close: string, items: string[]): string {
  let text = open;
  items.forEach((item, i) => {
    if (i > 0 || rng.chance(0.3)) text += gap(rng);
    text += item;
    if (i + 1 < items.length) text += ',';
  });
  if (items.length > 0 && rng.chance(0.4)) text += ',' + gap(rng);
  return text + close;
}

function expression(rng: Random, depth: number): string {
  const leaf = depth <= 0 || rng.chance(0.3);
  if (leaf) return rng.chance(0.6) ? rng.pick(LITERALS) : rng.pick(NAMES);
  const sub = () => expression(rng, depth - 1);
  const items = (n: number) => Array.from({ length: rng.int(n) }, sub);
  switch (rng.int(9)) {
    case 0:
      return list(rng, '[', ']', items(4));
    case 1:
      return list(
        rng,
        '{',
        '}',
        Array.from(
          { length: rng.int(4) },
          () => `${rng.pick(KEYS)}${rng.pick([' = ', '=', ' /* k */ = '])}${sub()}`,
        ),
      );
    case 2:
      return `${sub()}.${rng.pick(NAMES)}`;
    case 3:
      return `${sub()}[${sub()}]`;
    case 4:
      return list(rng, `${rng.pick(NAMES)}(`, ')', items(3));
    case 5:
      return `${rng.pick(['-', '!', '- '])}${sub()}`;
    case 6:
      return `(${sub()})`;
    default:
      return `${sub()} ${rng.pick(OPERATORS)}${rng.pick([' ', '\n', ' '])}${sub()}`;
  }
}

function statements(rng: Random, depth: number, indent: string): string {
  let text = '';
  const count = rng.int(5);
  for (let i = 0; i < count; i++) {
    text += rng.pick(['', '', '\n', `${indent}// note\n`, `${indent}/* block */\n`]);
    if (depth > 0 && rng.chance(0.3)) {
      const label = rng.pick(['', ' "x"', ' ""', ' "é"']);
      const body = statements(rng, depth - 1, indent + '  ');
      text += `${indent}${rng.pick(NAMES)}${rng.pick(['', '.sub'])}${label} {${rng.pick(['\n', ' // c\n'])}${body}${indent}}\n`;
    } else {
      text += `${indent}${rng.pick(NAMES)} = ${expression(rng, 3)}${rng.pick(['', '', ' // trailing', ' /* t */'])}\n`;
    }
  }
  return text;
}

// ------------------------------------------------------------ properties

function checkDiagnostics(text: string, diagnostics: readonly Diagnostic[]): string | null {
  const lines = new LineIndex(text);
  for (const { message, range } of diagnostics) {
    const { start, end } = range;
    if (!(start.offset >= 0 && start.offset <= end.offset && end.offset <= text.length)) {
      return `diagnostic "${message}" has range ${start.offset}..${end.offset} outside 0..${text.length}`;
    }
    for (const position of [start, end]) {
      const expected = lines.position(position.offset);
      if (expected.line !== position.line || expected.column !== position.column) {
        return `diagnostic "${message}" at offset ${position.offset} says ${position.line}:${position.column}, expected ${expected.line}:${expected.column}`;
      }
    }
  }
  return null;
}

/** The properties of tree nodes that hold offsets. */
const OFFSET_KEYS = new Set(['start', 'end', 'nameEnd', 'operatorStart', 'openBrace', 'closeBrace']);

/** The AST without positions: kinds, names, values and comment texts. */
function shape(file: AlloyFile): unknown {
  const strip = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(strip);
    if (node === null || typeof node !== 'object') return node;
    const entries = Object.entries(node).filter(([key]) => !OFFSET_KEYS.has(key));
    return Object.fromEntries(entries.map(([key, value]) => [key, strip(value)]));
  };
  return {
    body: strip(file.body),
    comments: file.comments.flatMap((group) => group.comments.map((c) => c.text)),
  };
}

/**
 * Whether the input meets a formatter quirk of the reference (spec 7.8) that
 * changes values or breaks the output, so that formatting is not expected to
 * be idempotent and AST-preserving for it.
 */
function hitsReferenceQuirk(source: string, { ast: file, lines }: ParseResult): boolean {
  let hit = false;
  const visitExpression = (e: Expression): void => {
    switch (e.kind) {
      case 'Literal':
        // Tabs and form feeds in strings are read as layout; blanks at the
        // end of a raw string's lines are trimmed.
        if (/[\t\v\f]|[ \t]\r?\n/.test(e.raw)) hit = true;
        break;
      case 'Object':
        e.fields.forEach((field: ObjectField) => {
          // Keys are re-quoted from their raw text: backslashes double.
          if (field.quoted && quoteText(field.name) !== `"${field.name}"`) hit = true;
          visitExpression(field.value);
        });
        break;
      case 'Array':
        e.elements.forEach(visitExpression);
        break;
      case 'Call':
        // `f(⏎)` prints as `f(,⏎)`.
        if (e.args.length === 0 && lines.lineOf(e.start) !== lines.lineOf(e.end)) hit = true;
        visitExpression(e.callee);
        e.args.forEach(visitExpression);
        break;
      case 'Access':
      case 'Index':
      case 'Unary':
      case 'Binary':
      case 'Paren':
        Object.values(e).forEach((child) => {
          if (child && typeof child === 'object' && 'kind' in child) visitExpression(child as Expression);
        });
        break;
      default:
        break;
    }
  };
  const visitStatements = (statements: AlloyFile['body']): void =>
    statements.forEach((s) => (s.kind === 'Attribute' ? visitExpression(s.value) : visitStatements(s.body)));
  visitStatements(file.body);
  // The printer places comments by estimated token positions. A token
  // without a position of its own (`=`, `.`, `,`, parentheses, a name after
  // `.`) is assumed to follow the previous one directly: a comment right
  // before it moves after it (a line comment can then comment it out), and a
  // comment after a call's `)` that starts a line (and after the tokens
  // without position that follow it) is taken for a later line.
  const comments = file.comments.flatMap((group) => group.comments);
  const startingAt = new Map(comments.map((c) => [c.start, c.end]));
  const endingAt = new Map(comments.map((c) => [c.end, c.start]));
  /** Skips blanks and comments forwards (step 1) or backwards (step -1). */
  const skip = (offset: number, step: 1 | -1): number => {
    for (;;) {
      const jump = (step === 1 ? startingAt : endingAt).get(offset);
      if (jump !== undefined) offset = jump;
      else if (/\s/.test(source[step === 1 ? offset : offset - 1] ?? '')) offset += step;
      else return offset;
    }
  };
  for (const comment of comments) {
    const after = source.slice(skip(comment.end, 1));
    const before = source.slice(0, skip(comment.start, -1));
    const lineBefore = before.slice(before.lastIndexOf('\n') + 1);
    if (/^(=(?!=)|\.(?!\d)|[,()])/.test(after)) hit = true;
    if (before.endsWith('.') && /^[\p{L}_]/u.test(after)) hit = true;
    if (/^[ \t]*\)/.test(lineBefore)) hit = true;
  }
  return hit;
}

/**
 * Whether a statement or an object field value changed between spanning
 * several lines and fitting on one. Alignment depends on exactly that (spec
 * 7.3), and the formatter joins the lines of e.g. a binary expression, so the
 * reference needs a second run to settle in such a case.
 */
function lineSpansChanged(before: ParseResult, after: ParseResult): boolean {
  const collect = ({ ast: file, lines }: ParseResult): boolean[] => {
    const spans = (node: Span) => lines.lineOf(node.start) !== lines.lineOf(node.end);
    const out: boolean[] = [];
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (node !== null && typeof node === 'object') {
        const record = node as Record<string, unknown>;
        if (record.kind === 'Attribute' || record.kind === 'Block') out.push(spans(node as Statement));
        if ('quoted' in record) out.push(spans(record.value as Expression));
        Object.values(record).forEach(visit);
      }
    };
    visit(file.body);
    return out;
  };
  return collect(before).join() !== collect(after).join();
}

/** The first property the input violates, or null. */
function check(input: string, parsed = parse(input)): string | null {
  const formatted = format(input);
  const bad = checkDiagnostics(input, parsed.diagnostics) ?? checkDiagnostics(input, formatted.diagnostics);
  if (bad) return bad;
  if (parsed.diagnostics.length > 0) {
    if (formatted.text !== input) return 'a file with errors was changed';
    return JSON.stringify(formatted.diagnostics) === JSON.stringify(parsed.diagnostics)
      ? null
      : 'format reports other diagnostics than parse';
  }
  if (hitsReferenceQuirk(input, parsed)) return null;
  const reparsed = parse(formatted.text);
  if (reparsed.diagnostics.length > 0) {
    return `formatted output does not parse: ${reparsed.diagnostics[0]!.message}`;
  }
  if (JSON.stringify(shape(reparsed.ast)) !== JSON.stringify(shape(parsed.ast))) {
    return 'formatting changed the AST';
  }
  // Idempotent, or after one more run when the first one changed line spans.
  const settled = lineSpansChanged(parsed, reparsed) ? format(formatted.text).text : formatted.text;
  const again = format(settled).text;
  return again === settled ? null : `not idempotent; the next run gives ${JSON.stringify(again)}`;
}

describe('parser and formatter fuzz', () => {
  it(`survives ${CASES} generated inputs (seed ${SEED})`, () => {
    const failures: string[] = [];
    let clean = 0;
    for (let i = 0; i < CASES && failures.length < MAX_REPORTED; i++) {
      const rng = random(SEED + i);
      const kind = i % 3;
      const input =
        kind === 0 ? mutate(rng, rng.pick(corpus)) : kind === 1 ? soup(rng) : statements(rng, 2, '');
      let problem: string | null;
      try {
        const parsed = parse(input);
        if (parsed.diagnostics.length === 0) clean++;
        problem = check(input, parsed);
      } catch (error) {
        problem = `threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
      }
      if (problem) failures.push(`seed ${SEED}, case ${i}: ${problem}\ninput: ${JSON.stringify(input)}`);
    }
    expect(failures.join('\n\n')).toBe('');
    // The properties on clean input must actually be exercised.
    expect(clean).toBeGreaterThan(CASES / 5);
  });
});
