// A static file server on 127.0.0.1 for dist/: used by `npm run serve` and by the browser test.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.yaml': 'application/yaml',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves `root` on 127.0.0.1:`port` (0: any free port); resolves to its base URL and a `close()`. */
export async function serveDirectory(root, port = 0) {
  const server = createServer((request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(root, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath));
    // normalize() resolves `..`; anything that lands outside root is not ours to serve.
    if (!file.startsWith(normalize(root + sep)) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
  const { port: boundPort } = server.address();
  return {
    url: `http://127.0.0.1:${boundPort}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
