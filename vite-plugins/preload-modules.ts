/**
 * Starts the download of lazily imported modules with the page itself: a
 * `<link rel="modulepreload">` in the page's head for the chunk that holds
 * each named module and the chunks that one imports, so that the browser
 * fetches and compiles them while the page's own scripts are still on their
 * way. The modules still run only when the app imports them.
 */
import type { Plugin } from 'vite';

/** `modules` maps a page's file name (e.g. `index.html`) to the source paths, from the project root, of the modules to preload. */
export function preloadModules(modules: Readonly<Record<string, readonly string[]>>): Plugin {
  return {
    name: 'preload-modules',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { filename, bundle }) {
        const wanted = modules[filename.split(/[\\/]/).pop() ?? filename];
        if (!wanted || !bundle) return [];
        const chunks = new Map(
          Object.values(bundle).flatMap((output) =>
            output.type === 'chunk' ? [[output.fileName, output]] : [],
          ),
        );
        const files = new Set<string>();
        const add = (fileName: string) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          for (const imported of chunks.get(fileName)?.imports ?? []) add(imported);
        };
        for (const path of wanted) {
          const chunk = [...chunks.values()].find((candidate) =>
            candidate.moduleIds.some((id) => id.endsWith(`/${path}`)),
          );
          if (!chunk) throw new Error(`no chunk holds ${path} to preload`);
          add(chunk.fileName);
        }
        return [...files]
          .filter((fileName) => !html.includes(fileName))
          .map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `./${fileName}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}
