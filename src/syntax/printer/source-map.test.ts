import { describe, expect, it } from 'vitest';
import { SourceMap } from './source-map';

const at = (offset: number, line = 1, column = offset + 1) => ({ offset, line, column });

describe('SourceMap', () => {
  it('converts offsets to UTF-8 bytes in any order', () => {
    const map = new SourceMap('é = "日本😀" // x');
    expect(map.at(at(4))).toEqual({ offset: 5, line: 1 });
    expect(map.at(at(9))).toEqual({ offset: 16, line: 1 });
    expect(map.at(at(1))).toEqual({ offset: 2, line: 1 });
    expect(map.bytesBetween(4, 9)).toBe(11);
  });

  it('counts one byte per unit past the end of the text', () => {
    expect(new SourceMap('é').at(at(3))).toEqual({ offset: 4, line: 1 });
  });

  it('finds the line a number of bytes after a position', () => {
    const map = new SourceMap('x = `a\r\nb\r\n`');
    expect(map.lineAfter(at(4), 4)).toBe(2);
    expect(map.lineAfter(at(4), 3)).toBe(1);
  });

  it('finds the next token after blanks and block comments', () => {
    const map = new SourceMap('a /* c */ [0]');
    expect(map.tokenAfter(at(1))).toEqual(at(10));
    expect(map.tokenAfter(at(10))).toEqual(at(10));
  });
});
