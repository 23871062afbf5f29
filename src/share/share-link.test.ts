import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MAX_CONFIG_BYTES } from './codec';
import {
  buildShareLink,
  hasSharedConfig,
  MAX_SHARE_LINK_CHARS,
  readSharedConfig,
  withoutSharedConfig,
} from './share-link';

const PAGE = 'https://example.org/workshop/?mode=present&lesson=section-2#top';
const CONFIG = 'logging {\n\tlevel = "debug" // ünïcode 🚀\n}\n';

/** Text that barely compresses: a fixed pseudo-random sequence of printable characters (xorshift32). */
function incompressible(length: number): string {
  let state = 42;
  let text = '';
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    text += String.fromCharCode(33 + ((state >>> 0) % 94));
  }
  return text;
}

async function linkTo(config: string): Promise<string> {
  const built = await buildShareLink(PAGE, config);
  if (!built.ok) throw new Error(built.error);
  return built.url;
}

describe('buildShareLink / readSharedConfig', () => {
  it('round-trips a configuration through the fragment of a plain page address', async () => {
    const url = new URL(await linkTo(CONFIG));
    expect(url.origin + url.pathname).toBe('https://example.org/workshop/');
    expect(url.search).toBe('');
    expect(url.hash).toMatch(/^#config=[A-Za-z0-9_-]+$/);
    expect(hasSharedConfig(url.hash)).toBe(true);
    expect(await readSharedConfig(url.hash)).toEqual({ kind: 'config', config: CONFIG });
  });

  it('finds nothing in a fragment without a configuration', async () => {
    for (const hash of ['', '#', '#top', '#other=1']) {
      expect(hasSharedConfig(hash)).toBe(false);
      expect(await readSharedConfig(hash)).toEqual({ kind: 'none' });
    }
  });

  it('refuses to build a link longer than the limit, and says what to do instead', async () => {
    const built = await buildShareLink(PAGE, incompressible(40_000));
    expect(built).toEqual({
      ok: false,
      error:
        'Even packed, the configuration is larger than 32 KiB, the most a link carries. Download it as a file instead.',
    });
    expect(await buildShareLink(PAGE, ' '.repeat(MAX_CONFIG_BYTES + 1))).toEqual({
      ok: false,
      error:
        'The configuration is larger than 1 MiB, the most a link carries. Download it as a file instead.',
    });
  });

  it('refuses an oversized link before unpacking it', async () => {
    const hash = `#config=${'A'.repeat(MAX_SHARE_LINK_CHARS + 1)}`;
    expect(await readSharedConfig(hash)).toEqual({
      kind: 'error',
      error:
        'This link carries more than 32 KiB of packed configuration, the most a link may carry. Ask for the configuration as a file instead.',
    });
  });

  it('stops unpacking a small link that inflates beyond the size limit', async () => {
    const bomb = deflateRawSync(Buffer.alloc(16 * MAX_CONFIG_BYTES, 0x20)).toString('base64url');
    expect(bomb.length).toBeLessThan(MAX_SHARE_LINK_CHARS);
    const read = await readSharedConfig(`#config=${bomb}`);
    expect(read).toEqual({ kind: 'error', error: expect.stringContaining('larger than') });
  });

  it('explains damaged links instead of throwing', async () => {
    const good = new URL(await linkTo(CONFIG)).hash;
    const damaged = [
      good.slice(0, good.length - 6),
      good.replace(/config=../, 'config=!!'),
      '#config=AAAA',
      '#config=%E0%A4%A',
    ];
    for (const hash of damaged) {
      const read = await readSharedConfig(hash);
      expect(read).toEqual({
        kind: 'error',
        error: expect.stringMatching(
          /^This link’s configuration cannot be opened: .+\. The link may be cut short or changed; ask for it again\.$/,
        ),
      });
    }
    expect(await readSharedConfig('#config=')).toEqual({
      kind: 'error',
      error: 'This link carries no configuration: it ends after “config=”.',
    });
  });
});

describe('withoutSharedConfig', () => {
  it('drops the configuration and keeps the rest of the fragment', () => {
    expect(withoutSharedConfig('#config=abc')).toBe('');
    expect(withoutSharedConfig('#a=1&config=abc')).toBe('#a=1');
    expect(withoutSharedConfig('')).toBe('');
  });
});
