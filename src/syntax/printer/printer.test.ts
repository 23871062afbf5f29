import { describe, expect, it } from 'vitest';
import { Printer, type PrintedComment } from './printer';

const at = (offset: number, line: number) => ({ offset, line });
const text = (value: string) => ({ text: value, escaped: false });
const comment = (value: string, offset: number, line: number): PrintedComment => ({
  text: value,
  start: at(offset, line),
  endLine: line,
});

/** `a = 1`, as the walk sends it, at the given source offset and line. */
function attribute(p: Printer, offset: number, line: number, value = '1'): void {
  p.at(at(offset, line));
  p.word('a', 'IDENT');
  p.space('vtab');
  p.punct('=');
  p.space('blank');
  p.at(at(offset + 4, line));
  p.word(value, 'NUMBER');
  p.space('newline');
}

describe('Printer', () => {
  it('writes queued whitespace only before a token', () => {
    const p = new Printer();
    attribute(p, 0, 1);
    attribute(p, 6, 2, '2');
    expect(p.finish()).toEqual([text('a\v= 1\na\v= 2')]);
  });

  it('separates a trailing comment with a tab and keeps the line break after it', () => {
    const p = new Printer([[comment('// c', 6, 1)]]);
    attribute(p, 0, 1);
    attribute(p, 11, 2, '2');
    expect(p.finish()).toEqual([text('a\v= 1\t'), { text: '// c', escaped: true }, text('\na\v= 2')]);
  });

  it('indents a comment on its own line and keeps one blank line around it', () => {
    const p = new Printer([[comment('// c', 6, 4)]]);
    p.at(at(0, 1));
    p.word('b', 'IDENT');
    p.space('blank');
    p.at(at(2, 1));
    p.punct('{');
    p.space('indent', 'formfeed');
    attribute(p, 20, 8);
    expect(p.finish()).toEqual([text('b {\f\f\t'), { text: '// c', escaped: true }, text('\n\n\ta\v= 1')]);
  });

  it('puts a block comment between tokens of one line between spaces', () => {
    const p = new Printer([[comment('/* c */', 2, 1)]]);
    p.at(at(0, 1));
    p.word('x', 'IDENT');
    p.at(at(10, 1));
    p.punct('[');
    expect(p.finish()).toEqual([text('x '), { text: '/* c */', escaped: true }, text(' [')]);
  });

  it('writes the comments after the last token without trailing whitespace', () => {
    const p = new Printer([[comment('// a', 7, 3), comment('// b', 12, 4)]]);
    attribute(p, 0, 1);
    expect(p.finish()).toEqual([
      text('a\v= 1\f\f'),
      { text: '// a', escaped: true },
      text('\f'),
      { text: '// b', escaped: true },
    ]);
  });

  it('keeps a number and a following dot apart', () => {
    const p = new Printer();
    p.at(at(0, 1));
    p.word('1', 'NUMBER');
    p.punct('.');
    p.word('a', 'IDENT');
    expect(p.finish()).toEqual([text('1 .a')]);
  });
});
