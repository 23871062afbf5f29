/**
 * Reads lesson folders from the file system (Node only), giving the same
 * file map that Vite's glob gives the app.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const LESSON_FILE = /\.(md|alloy|json)$/;

/** Every `.md`, `.alloy` and `.json` file directly inside a folder of `root`, keyed `<folder>/<file>`. */
export function readLessonFiles(root: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of readdirSync(root)) {
    const folderPath = join(root, folder);
    if (!statSync(folderPath).isDirectory()) continue;
    for (const name of readdirSync(folderPath)) {
      const path = join(folderPath, name);
      if (LESSON_FILE.test(name) && statSync(path).isFile())
        files[`${folder}/${name}`] = readFileSync(path, 'utf8');
    }
  }
  return files;
}
