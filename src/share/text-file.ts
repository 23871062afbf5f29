/**
 * Checks a file the learner opens before its text goes anywhere: it must be
 * small enough, and UTF-8 text rather than something binary. The size is
 * checked before reading (a file says how large it is), the bytes after.
 */
import { formatSize } from './sizes';

export type TextFileResult = { ok: true; text: string } | { ok: false; error: string };

/** A message when a file of `size` bytes is larger than `limit`; null when it may be read. */
export function checkFileSize(name: string, size: number, limit: number): string | null {
  return size > limit
    ? `“${name}” is larger than ${formatSize(limit)}, the most a file may have to be opened.`
    : null;
}

/**
 * The text of a file's bytes. Refuses files that are too large, that hold
 * NUL bytes (binary files do, text never), UTF-16 text, and anything that is
 * not valid UTF-8. A leading UTF-8 byte order mark is dropped.
 */
export function decodeTextFile(name: string, bytes: Uint8Array, limit: number): TextFileResult {
  const tooLarge = checkFileSize(name, bytes.length, limit);
  if (tooLarge) return { ok: false, error: tooLarge };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]))
    return { ok: false, error: `“${name}” is UTF-16 text; save it as UTF-8 and open it again.` };
  if (bytes.includes(0)) return { ok: false, error: `“${name}” looks like a binary file, not a text file.` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return {
      ok: false,
      error: `“${name}” is not UTF-8 text (is it a binary file, or text in another encoding?).`,
    };
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
