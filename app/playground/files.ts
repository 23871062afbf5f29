/**
 * Files in and out of the browser: reading a file the learner picked or
 * dropped (size checked before reading, text checked after), and saving
 * text as a download.
 */
import { checkFileSize, decodeTextFile, type TextFileResult } from '../../src/share/text-file';

/** The configuration file name downloads get, as Alloy's own docs name it. */
export const CONFIG_FILE_NAME = 'config.alloy';

export async function readTextFile(file: File, limit: number): Promise<TextFileResult> {
  const tooLarge = checkFileSize(file.name, file.size, limit);
  if (tooLarge) return { ok: false, error: tooLarge };
  try {
    return decodeTextFile(file.name, new Uint8Array(await file.arrayBuffer()), limit);
  } catch {
    return { ok: false, error: `“${file.name}” could not be read.` };
  }
}

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started from the click; the address can go once the event has run.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
