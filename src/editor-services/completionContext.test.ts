import { describe, expect, it } from 'vitest';
import { completionContext, type CompletionContext } from './completionContext';
import { withCursor } from './testing';

/** The context at the `|` in `text`, with the text typed before the cursor that a completion replaces. */
function contextAt(text: string): CompletionContext & { typed?: string } {
  const { source, offset } = withCursor(text);
  const context = completionContext(source, offset);
  if (context.kind === 'statement' || context.kind === 'value') {
    return { ...context, typed: source.slice(context.prefix.start, context.prefix.end) };
  }
  return context;
}

describe('completionContext', () => {
  describe('statements', () => {
    it('is at the top level in an empty file and between blocks', () => {
      expect(contextAt('|')).toMatchObject({ kind: 'statement', blocks: [], typed: '' });
      expect(contextAt('a {}\n|\nb {}')).toMatchObject({ kind: 'statement', blocks: [], typed: '' });
    });

    it('takes the dotted name being typed as the prefix', () => {
      expect(contextAt('loki.rel|')).toMatchObject({ kind: 'statement', blocks: [], typed: 'loki.rel' });
      expect(contextAt('x = 1\nloki.|')).toMatchObject({ kind: 'statement', typed: 'loki.' });
      expect(contextAt('prometheus.exp|orter')).toMatchObject({ kind: 'statement', typed: 'prometheus.exp' });
    });

    it('knows the blocks around the cursor, with their labels', () => {
      const context = contextAt('loki.write "default" {\n\tendpoint {\n\t\tur|\n\t}\n}');
      expect(context).toMatchObject({
        kind: 'statement',
        blocks: [
          { name: 'loki.write', label: 'default' },
          { name: 'endpoint', label: null },
        ],
        typed: 'ur',
      });
    });

    it('leaves a block that was closed before the cursor', () => {
      expect(contextAt('a "x" {\n\tb {\n\t}\n\t|\n}')).toMatchObject({
        kind: 'statement',
        blocks: [{ name: 'a', label: 'x' }],
      });
      expect(contextAt('a "x" { b = 1 }\n|')).toMatchObject({ kind: 'statement', blocks: [] });
    });

    it('lists the attributes and blocks already in the body, before and after the cursor', () => {
      const context = contextAt(
        'a "x" {\n\tb = 1\n\tc {\n\t\td = 2\n\t}\n\t|\n\te = [\n\t\t1,\n\t]\n\tf "l" {}\n}\ng = 1',
      );
      expect(context.kind).toBe('statement');
      if (context.kind !== 'statement') return;
      expect([...context.siblings.attributes].sort()).toEqual(['b', 'e']);
      expect([...context.siblings.blocks].sort()).toEqual(['c', 'f']);
    });

    it('does not count the statement being typed as a sibling', () => {
      const context = contextAt('a "x" {\n\tforward_to| = []\n}');
      expect(context.kind === 'statement' && [...context.siblings.attributes]).toEqual([]);
    });

    it('opens a body right after `{`', () => {
      expect(contextAt('a "x" {|}')).toMatchObject({
        kind: 'statement',
        blocks: [{ name: 'a', label: 'x' }],
      });
    });
  });

  describe('values', () => {
    it('is in the value after `=`', () => {
      expect(contextAt('a "x" {\n\tforward_to = |\n}')).toMatchObject({
        kind: 'value',
        attribute: 'forward_to',
        listDepth: 0,
        typed: '',
      });
      expect(contextAt('a "x" {\n\tforward_to =|\n}')).toMatchObject({
        kind: 'value',
        attribute: 'forward_to',
      });
    });

    it('counts the lists around the cursor', () => {
      expect(contextAt('a "x" {\n\tforward_to = [loki.write.|]\n}')).toMatchObject({
        kind: 'value',
        attribute: 'forward_to',
        listDepth: 1,
        typed: 'loki.write.',
      });
      expect(contextAt('a "x" {\n\tt = [[1], [|')).toMatchObject({ kind: 'value', listDepth: 2 });
      expect(contextAt('a "x" {\n\tforward_to = [\n\t\tb.c.receiver,\n\t\t|\n\t]\n}')).toMatchObject({
        kind: 'value',
        listDepth: 1,
      });
    });

    it('has no list depth inside objects and calls', () => {
      expect(contextAt('a "x" {\n\tt = [{k = |}]\n}')).toMatchObject({
        kind: 'value',
        attribute: 't',
        listDepth: null,
      });
      expect(contextAt('a "x" {\n\tt = f(|)\n}')).toMatchObject({ kind: 'value', listDepth: null });
    });

    it('is in the value after an operator', () => {
      expect(contextAt('a = b + |')).toMatchObject({ kind: 'value', attribute: 'a', blocks: [] });
    });
  });

  describe('strings', () => {
    it('is inside a string value, with the string content', () => {
      const source = 'logging {\n\tlevel = "de"\n}';
      const offset = source.indexOf('de') + 1;
      expect(completionContext(source, offset)).toEqual({
        kind: 'string',
        blocks: [{ name: 'logging', label: null }],
        attribute: 'level',
        listDepth: 0,
        content: { start: offset - 1, end: offset + 1 },
      });
    });

    it('reaches to the end of the line in an unterminated string', () => {
      const source = 'logging {\n\tlevel = "de\n}';
      const offset = source.indexOf('de') + 2;
      expect(completionContext(source, offset)).toMatchObject({
        kind: 'string',
        content: { start: offset - 2, end: offset },
      });
    });

    it('is not inside a string right after its closing quote', () => {
      expect(contextAt('logging {\n\tlevel = "debug"|\n}')).toEqual({ kind: 'none' });
    });

    it('offers nothing in a block label', () => {
      expect(contextAt('loki.write "de|" {}')).toEqual({ kind: 'none' });
    });
  });

  describe('nothing to complete', () => {
    it('in comments', () => {
      expect(contextAt('// loki.|')).toEqual({ kind: 'none' });
      expect(contextAt('a = 1 /* x| */')).toEqual({ kind: 'none' });
    });

    it('right after a complete value or inside a number', () => {
      expect(contextAt('a = 1|')).toEqual({ kind: 'none' });
      expect(contextAt('a = 12|3')).toEqual({ kind: 'none' });
      expect(contextAt('a = f(x)|')).toEqual({ kind: 'none' });
    });

    it('after a block name, where the label goes', () => {
      expect(contextAt('loki.write |')).toEqual({ kind: 'none' });
    });

    it('after a dot that follows no name', () => {
      expect(contextAt('a = f(x).|')).toEqual({ kind: 'none' });
    });
  });
});
