/**
 * Production builds of the app and of the bare-Monaco page, each into a
 * temporary directory of its own (never dist/, which the end-to-end tests use).
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** One emitted JavaScript chunk: its file, the files it imports statically, its modules and their rendered lengths. */
export type BuiltChunk = { fileName: string; imports: string[]; modules: Map<string, number> };
export type Build = { outDir: string; chunks: Map<string, BuiltChunk> };

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CONFIGS = {
  app: join(REPO, 'vite.config.ts'),
  bare: fileURLToPath(new URL('./bare-monaco/vite.config.ts', import.meta.url)),
};

export async function buildPage(page: keyof typeof CONFIGS): Promise<Build> {
  const outDir = await mkdtemp(join(tmpdir(), `playground-bench-${page}-`));
  const output = await build({
    configFile: CONFIGS[page],
    mode: 'production',
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  const results = Array.isArray(output) ? output : [output];
  const chunks = new Map<string, BuiltChunk>();
  for (const result of results) {
    if (!('output' in result)) throw new Error(`building the ${page} page started a watcher`);
    for (const item of result.output) {
      if (item.type !== 'chunk') continue;
      const modules = new Map(Object.entries(item.modules).map(([id, info]) => [id, info.renderedLength]));
      chunks.set(item.fileName, { fileName: item.fileName, imports: item.imports, modules });
    }
  }
  return { outDir, chunks };
}
