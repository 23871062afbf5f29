import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeConfig, encodeConfig, MAX_CONFIG_BYTES } from './codec';

const CONFIG = `// Alloy's own logs, relabelled — «ünïcode» and 🚀 too.
logging {
	level = "debug"
}
`;

describe('encodeConfig / decodeConfig', () => {
  it('round-trips any text, including non-ASCII and astral characters', async () => {
    for (const text of [CONFIG, '', 'x', '\u0000\uffff', 'a'.repeat(100_000)]) {
      expect(await decodeConfig(await encodeConfig(text))).toEqual({ ok: true, config: text });
    }
  });

  it('writes URL-safe base64 without padding, and compresses', async () => {
    const repetitive = CONFIG.repeat(20);
    const encoded = await encodeConfig(repetitive);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(encoded.length).toBeLessThan(repetitive.length / 4);
  });

  it('is raw deflate, so other tools can produce it', async () => {
    const encoded = deflateRawSync(Buffer.from(CONFIG, 'utf8')).toString('base64url');
    expect(await decodeConfig(encoded)).toEqual({ ok: true, config: CONFIG });
  });

  it('explains what is wrong with a damaged value instead of throwing', async () => {
    expect(await decodeConfig('not base64!')).toEqual({
      ok: false,
      error: 'the config is not base64url text',
    });
    expect(await decodeConfig('abcde')).toEqual({ ok: false, error: 'the config is not base64url text' });
    expect(await decodeConfig('AAAA')).toEqual({
      ok: false,
      error: 'the config is damaged: it does not inflate',
    });
    const truncated = (await encodeConfig(CONFIG)).slice(0, 10);
    expect(await decodeConfig(truncated)).toMatchObject({ ok: false });
    const latin1 = deflateRawSync(Buffer.from([0xff, 0xfe, 0x41])).toString('base64url');
    expect(await decodeConfig(latin1)).toEqual({
      ok: false,
      error: 'the config is damaged: it is not UTF-8 text',
    });
  });

  it('refuses a value that inflates beyond the limit', async () => {
    const bomb = deflateRawSync(Buffer.alloc(MAX_CONFIG_BYTES + 1, 0x20)).toString('base64url');
    expect(bomb.length).toBeLessThan(5000);
    expect(await decodeConfig(bomb)).toEqual({
      ok: false,
      error: `the config is larger than ${MAX_CONFIG_BYTES} bytes`,
    });
    const atLimit = deflateRawSync(Buffer.alloc(MAX_CONFIG_BYTES, 0x20)).toString('base64url');
    expect(await decodeConfig(atLimit)).toMatchObject({ ok: true });
  });
});
