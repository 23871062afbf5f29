import { describe, expect, it } from 'vitest';
import { parse } from '../syntax';
import type { Block } from '../syntax/ast';
import { LineIndex } from '../syntax/line-index';
import { isInside, parseBlockByBlock } from './recovery';

describe('reading a broken file block by block', () => {
  const source = [
    '// comment',
    'loki.relabel "a" {',
    '  forward_to = [loki.write.b.',
    '}',
    '',
    'loki.write "b" {',
    '  endpoint {',
    '    url = "http://loki:3100"',
    '  }',
    '}',
  ].join('\n');

  it('keeps the blocks after the broken one, at their own positions', () => {
    const { body, broken } = parseBlockByBlock(source);
    const blocks = body.filter((s): s is Block => s.kind === 'Block');
    expect(blocks.map((b) => `${b.name}.${b.label?.value}`)).toEqual(['loki.relabel.a', 'loki.write.b']);
    const lines = new LineIndex(source);
    const write = blocks[1]!;
    expect(write.start).toBe(source.indexOf('loki.write "b"'));
    expect(lines.position(write.start)).toMatchObject({ line: 6, column: 1 });
    const url = (write.body[0] as Block).body[0]!;
    expect(source.slice(url.start, url.end)).toBe('url = "http://loki:3100"');
    expect(lines.position(url.start)).toMatchObject({ line: 8, column: 5 });
    expect(broken).toEqual([
      { start: source.indexOf('loki.relabel'), end: source.indexOf('loki.write "b"') },
    ]);
  });

  it('gives the blocks after the broken one the very tree a parse of the whole file gives them', () => {
    // The same file with the list closed, so that every later offset stays the same.
    const clean = source.replace('[loki.write.b.', '[loki.write.b]');
    const [, write] = parseBlockByBlock(source).body.filter((s) => s.kind === 'Block');
    expect(write).toEqual(parse(clean).ast.body.find((s) => s.kind === 'Block' && s.name === 'loki.write'));
  });

  it('tells whether an offset lies in a broken piece', () => {
    const pieces = [
      { start: 0, end: 10 },
      { start: 20, end: 30 },
    ];
    expect([0, 9, 10, 19, 20, 29, 30].map((offset) => isInside(pieces, offset))).toEqual([
      true,
      true,
      false,
      false,
      true,
      true,
      false,
    ]);
  });
});
