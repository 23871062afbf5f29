import { describe, expect, it } from 'vitest';
import { checkFileSize, decodeTextFile } from './text-file';

const bytes = (...values: number[]) => Uint8Array.from(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('checkFileSize', () => {
  it('lets files up to the limit through and names the sizes otherwise', () => {
    expect(checkFileSize('config.alloy', 1024, 1024)).toBeNull();
    expect(checkFileSize('big.alloy', 3 * 1024 * 1024, 1024 * 1024)).toBe(
      '“big.alloy” is larger than 1 MiB, the most a file may have to be opened.',
    );
  });
});

describe('decodeTextFile', () => {
  it('reads UTF-8 text, any script, and drops a byte order mark', () => {
    const text = 'logging {\n\tlevel = "info" // «ünïcode» 🚀\n}\n';
    expect(decodeTextFile('a.alloy', utf8(text), 1024)).toEqual({ ok: true, text });
    expect(decodeTextFile('b.alloy', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('x = 1')]), 1024)).toEqual({
      ok: true,
      text: 'x = 1',
    });
    expect(decodeTextFile('empty.alloy', new Uint8Array(), 1024)).toEqual({ ok: true, text: '' });
  });

  it('refuses files beyond the limit before looking at them', () => {
    expect(decodeTextFile('c.alloy', utf8('x'.repeat(3000)), 2048)).toEqual({
      ok: false,
      error: '“c.alloy” is larger than 2 KiB, the most a file may have to be opened.',
    });
  });

  it('refuses binary files', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00);
    expect(decodeTextFile('logo.png', png, 1024)).toEqual({
      ok: false,
      error: '“logo.png” looks like a binary file, not a text file.',
    });
  });

  it('refuses UTF-16 and text in other encodings', () => {
    expect(decodeTextFile('w.alloy', bytes(0xff, 0xfe, 0x78, 0x00), 1024)).toEqual({
      ok: false,
      error: '“w.alloy” is UTF-16 text; save it as UTF-8 and open it again.',
    });
    const latin1 = bytes(...utf8('name = "M'), 0xfc, ...utf8('ller"'));
    expect(decodeTextFile('l.alloy', latin1, 1024)).toEqual({
      ok: false,
      error: '“l.alloy” is not UTF-8 text (is it a binary file, or text in another encoding?).',
    });
  });
});
