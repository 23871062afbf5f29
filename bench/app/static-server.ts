/**
 * Serves built pages from 127.0.0.1 on a free port: each directory under a
 * prefix of its own, files only, no compression, no caching headers.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import { contentType } from '../../e2e/content-types';

export type StaticServer = { url(prefix: string): string; close(): Promise<void> };

/** `roots` maps a prefix such as `app` to the directory served at `/app/`. */
export async function serveDirectories(roots: Record<string, string>): Promise<StaticServer> {
  const server = createServer(async (request, response) => {
    try {
      const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
      const [, prefix = '', ...rest] = decodeURIComponent(pathname).split('/');
      const root = roots[prefix];
      if (root === undefined) throw new Error(`no directory for /${prefix}/`);
      const file = normalize(join(root, rest.join('/') || 'index.html'));
      if (!file.startsWith(root)) throw new Error(`${pathname} is outside /${prefix}/`);
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': contentType(file) });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (prefix) => `http://127.0.0.1:${port}/${prefix}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
