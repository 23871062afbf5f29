import { describe, expect, it } from 'vitest';
import { LineIndex } from '../line-index';
import { SourceMap } from './source-map';

const mapOf = (text: string) => new SourceMap(new LineIndex(text));

describe('SourceMap', () => {
  it('converts offsets to UTF-8 bytes in any order', () => {
    const map = mapOf('é = "日本😀" // x');
    expect(map.at(4)).toEqual({ offset: 5, line: 1 });
    expect(map.at(9)).toEqual({ offset: 16, line: 1 });
    expect(map.at(1)).toEqual({ offset: 2, line: 1 });
    expect(map.bytesBetween(4, 9)).toBe(11);
  });

  it('gives the line of an offset unless told another', () => {
    const map = mapOf('a\nb = 1');
    expect(map.at(2)).toEqual({ offset: 2, line: 2 });
    expect(map.at(2, 1)).toEqual({ offset: 2, line: 1 });
  });

  it('counts one byte per unit past the end of the text', () => {
    expect(mapOf('é').at(3)).toEqual({ offset: 4, line: 1 });
  });

  it('puts everything on line 1 without the source lines', () => {
    expect(new SourceMap().at(5)).toEqual({ offset: 5, line: 1 });
  });

  it('finds the line a number of bytes after an offset', () => {
    const map = mapOf('x = `a\r\nb\r\n`');
    expect(map.lineAfter(4, 4)).toBe(2);
    expect(map.lineAfter(4, 3)).toBe(1);
  });

  it('finds the next token after blanks and block comments', () => {
    const map = mapOf('a /* c */ [0]');
    expect(map.tokenAfter(1)).toBe(10);
    expect(map.tokenAfter(10)).toBe(10);
  });
});
