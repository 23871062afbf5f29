/**
 * The JavaScript a page loads before anything else: the entry scripts of its
 * index.html and everything they import statically (Vite lists those as
 * modulepreload links). Sizes are gzipped; Monaco's own chunks are told apart
 * by what they hold: mostly monaco-editor's modules.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Build } from './build';

export type SizedFile = { fileName: string; gzipBytes: number; monaco: boolean };

/** The entry scripts and their static imports, as file names relative to the build's root. */
export async function initialScripts(build: Build): Promise<string[]> {
  const html = await readFile(join(build.outDir, 'index.html'), 'utf8');
  const referenced = [
    ...html.matchAll(/<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((match) => match[1]!.replace(/^\.?\//, ''));
  const initial = new Set<string>();
  const visit = (fileName: string) => {
    if (initial.has(fileName)) return;
    initial.add(fileName);
    for (const imported of build.chunks.get(fileName)?.imports ?? []) visit(imported);
  };
  referenced.forEach(visit);
  return [...initial];
}

export function sizeFiles(build: Build, fileNames: readonly string[]): Promise<SizedFile[]> {
  return Promise.all(
    fileNames.map(async (fileName) => ({
      fileName,
      gzipBytes: gzipSync(await readFile(join(build.outDir, fileName))).length,
      monaco: isMonacoChunk(build, fileName),
    })),
  );
}

/** The chunks that hold mostly Monaco's code. */
export function monacoChunks(build: Build): string[] {
  return [...build.chunks.keys()].filter((fileName) => isMonacoChunk(build, fileName));
}

function isMonacoChunk(build: Build, fileName: string): boolean {
  const modules = build.chunks.get(fileName)?.modules ?? new Map<string, number>();
  let monaco = 0;
  let total = 0;
  for (const [id, length] of modules) {
    total += length;
    if (id.includes('/node_modules/monaco-editor/')) monaco += length;
  }
  return total > 0 && monaco / total > 0.5;
}
