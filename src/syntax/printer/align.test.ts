import { describe, expect, it } from 'vitest';
import { align } from './align';
import type { Chunk } from './chunk';

function aligned(...chunks: Array<string | Chunk>): string {
  let out = '';
  align(
    chunks.map((chunk) => (typeof chunk === 'string' ? { text: chunk, escaped: false } : chunk)),
    { write: (chunk) => (out += chunk.text) },
  );
  return out;
}

describe('align', () => {
  it('pads cells of consecutive lines to a common width plus one', () => {
    expect(aligned('a\v= 1\nbbb\v= 2')).toBe('a   = 1\nbbb = 2');
  });

  it('pads leading empty cells with tabs', () => {
    expect(aligned('\tx\v= 1\n\tyy\v= 2')).toBe('\tx  = 1\n\tyy = 2');
  });

  it('starts afresh after a form feed', () => {
    expect(aligned('a\v= 1\fbbb\v= 2')).toBe('a = 1\nbbb = 2');
  });

  it('starts afresh after a line without cells', () => {
    expect(aligned('a\v= 1\nfoo\nbbb\v= 2')).toBe('a = 1\nfoo\nbbb = 2');
  });

  it('aligns a column only over the lines that have it', () => {
    expect(aligned('a\v= 1\t// x\nbbb\v= 22\t// y\ncc\v= 3')).toBe('a   = 1  // x\nbbb = 22 // y\ncc  = 3');
  });

  it('treats escaped text as opaque cell text', () => {
    expect(aligned('a\v= 1\t', { text: '// x\ty\nz', escaped: true }, '\nbbb\v= 2')).toBe(
      'a   = 1 // x\ty\nz\nbbb = 2',
    );
  });

  it('counts width in code points', () => {
    expect(aligned('é\v= 1\n日本\v= 2\n😀\v= 3')).toBe('é  = 1\n日本 = 2\n😀  = 3');
  });

  it('discards columns of empty soft cells', () => {
    expect(aligned('a\v\vb\ncc\v\vd')).toBe('a  b\ncc d');
  });

  it('keeps columns of empty hard cells', () => {
    expect(aligned('a\v\tb\ncc\v\td')).toBe('a   b\ncc  d');
  });

  it('widens indentation to cover text in the same column on another line', () => {
    expect(aligned('long_attribute_name\v= {a\v= 1,\n\tb\v= 2}')).toBe(
      'long_attribute_name = {a = 1,\n\t\t\tb    = 2}',
    );
  });
});
