/**
 * A configuration packed into a URL parameter: its UTF-8 bytes deflated
 * (raw, no zlib header) with the platform's CompressionStream, written as
 * base64url without padding. Share links and embedded playgrounds
 * (`config=`) use the same form.
 *
 * Decoding never throws: a damaged or oversized value gives a message.
 */

/** Decoded text beyond this many bytes is refused (a small link can inflate to a huge text). */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export type DecodedConfig = { ok: true; config: string } | { ok: false; error: string };

export async function encodeConfig(config: string): Promise<string> {
  const compressed = await pipeBytes(new TextEncoder().encode(config), new CompressionStream('deflate-raw'));
  // Without a limit the output is never refused.
  return toBase64Url(compressed!);
}

export async function decodeConfig(encoded: string): Promise<DecodedConfig> {
  const compressed = fromBase64Url(encoded);
  if (!compressed) return { ok: false, error: 'the config is not base64url text' };
  let bytes: Uint8Array | null;
  try {
    bytes = await pipeBytes(compressed, new DecompressionStream('deflate-raw'), MAX_CONFIG_BYTES);
  } catch {
    return { ok: false, error: 'the config is damaged: it does not inflate' };
  }
  if (!bytes) return { ok: false, error: `the config is larger than ${MAX_CONFIG_BYTES} bytes` };
  try {
    return { ok: true, config: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, error: 'the config is damaged: it is not UTF-8 text' };
  }
}

/** Runs bytes through a transform; null when the output would exceed `limit` bytes. */
async function pipeBytes(
  input: Uint8Array,
  transform: CompressionStream | DecompressionStream,
  limit = Infinity,
): Promise<Uint8Array | null> {
  const writer = transform.writable.getWriter();
  // Failures surface through the reader below; these promises only must not go unhandled.
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.length;
    if (length > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const output = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    output.set(chunk, offset);
    offset += chunk.length;
  }
  return output;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading a large array into one call overflows the stack.
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
