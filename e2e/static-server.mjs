// A plain static file server: no rewrites, no fallbacks, nothing but files.
// Usage: node e2e/static-server.mjs <directory> <port> <sub-path>
// It serves <directory> under <sub-path> only, so the tests prove the build
// works from a sub-path with relative asset URLs.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const [directory = 'dist', port = '4319', subPath = '/'] = process.argv.slice(2);
const root = resolve(directory);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (!pathname.startsWith(subPath)) return notFound(response);
  const relative = decodeURIComponent(pathname.slice(subPath.length)) || 'index.html';
  const file = normalize(join(root, relative));
  if (!file.startsWith(root)) return notFound(response);
  try {
    const info = await stat(file);
    if (!info.isFile()) return notFound(response);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  } catch {
    notFound(response);
  }
}).listen(Number(port), '127.0.0.1');

function notFound(response) {
  response.writeHead(404, { 'content-type': 'text/plain' });
  response.end('not found');
}
