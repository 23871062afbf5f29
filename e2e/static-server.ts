// A plain static file server: no rewrites, no fallbacks, nothing but files.
// Usage: node --import tsx e2e/static-server.ts <directory> <port> <sub-path>
// It serves <directory> under <sub-path> only, so the tests prove the build
// works from a sub-path with relative asset URLs.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type ServerResponse } from 'node:http';
import { join, normalize, resolve } from 'node:path';
import { contentType } from './content-types';

const [directory = 'dist', port = '4319', subPath = '/'] = process.argv.slice(2);
const root = resolve(directory);

createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (!pathname.startsWith(subPath)) return notFound(response);
  const relative = decodeURIComponent(pathname.slice(subPath.length)) || 'index.html';
  const file = normalize(join(root, relative));
  if (!file.startsWith(root)) return notFound(response);
  try {
    const info = await stat(file);
    if (!info.isFile()) return notFound(response);
    response.writeHead(200, { 'content-type': contentType(file) });
    createReadStream(file).pipe(response);
  } catch {
    notFound(response);
  }
}).listen(Number(port), '127.0.0.1');

function notFound(response: ServerResponse): void {
  response.writeHead(404, { 'content-type': 'text/plain' });
  response.end('not found');
}
