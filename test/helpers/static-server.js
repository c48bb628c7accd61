// A tiny static file server for end-to-end tests and benchmarks (no framework). It shares the
// reference server's content types and path check (server/static.js) rather than repeating them.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { TYPES, safeJoin } from '../../server/static.js';

/** Serves `root` on 127.0.0.1 and an ephemeral port; resolves { url, close }. */
export function serveStatic(root, { headers = {} } = {}) {
  root = path.resolve(root);
  const server = http.createServer(async (req, res) => {
    try {
      let p = safeJoin(root, new URL(req.url, 'http://x').pathname);
      if (!p) throw new Error('outside root');
      if ((await stat(p)).isDirectory()) p = path.join(p, 'index.html');
      const body = await readFile(p);
      res.writeHead(200, { 'Content-Type': TYPES[path.extname(p)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) }),
    ),
  );
}
