/** Opens a configuration file, picked or dropped, in the free playground. */
import { MAX_CONFIG_BYTES } from '../../src/share/codec';
import { useNotice } from './notice';
import { openInPlayground } from './openInPlayground';
import { readTextFile } from './files';

export async function openConfigFile(file: File): Promise<void> {
  const read = await readTextFile(file, MAX_CONFIG_BYTES);
  if (!read.ok) return useNotice.getState().show({ kind: 'error', text: read.error });
  openInPlayground(read.text, `Opened “${file.name}” in the free playground.`);
}
