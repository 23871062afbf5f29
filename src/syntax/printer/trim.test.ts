import { describe, expect, it } from 'vitest';
import type { Chunk } from './chunk';
import { Trimmer } from './trim';

function trimmed(...chunks: Array<string | Chunk>): string {
  const trimmer = new Trimmer();
  for (const chunk of chunks)
    trimmer.write(typeof chunk === 'string' ? { text: chunk, escaped: false } : chunk);
  return trimmer.text();
}

describe('Trimmer', () => {
  it('removes blanks at the end of lines and of the text', () => {
    expect(trimmed('a  \t\n', 'b \t', ' ')).toBe('a\nb');
  });

  it('keeps blanks between words', () => {
    expect(trimmed('a \t', ' b')).toBe('a \t b');
  });

  it('turns form feeds into newlines and vertical tabs into tabs', () => {
    expect(trimmed('a\vb\fc')).toBe('a\tb\nc');
  });

  it('copies escaped text verbatim, trailing blanks included', () => {
    expect(trimmed('x ', { text: '// c \f\v ', escaped: true }, '  \n', 'y')).toBe('x // c \f\v \ny');
  });
});
