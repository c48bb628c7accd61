// The test fixtures at /fixtures/…, where Storybook serves them too (.storybook/main.ts
// staticDirs), so the <klar-case> stories fetch the same documents in Storybook and in the
// browser tests that render the stories. A missing fixture is a real 404.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const fixturesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures');

export const routes = [
  {
    path: /^\/fixtures\/([a-z0-9/_-]+\.json)$/i,
    async handler(ctx, m) {
      const file = path.join(fixturesDir, m[1]);
      if (!file.startsWith(fixturesDir + path.sep)) return void (ctx.status = 404);
      try {
        ctx.body = await readFile(file, 'utf8');
        ctx.set('Content-Type', 'application/json; charset=utf-8');
        ctx.set('Cache-Control', 'no-cache');
      } catch {
        ctx.status = 404;
        ctx.set('Content-Type', 'application/json; charset=utf-8');
        ctx.body = '{"error":"not found"}';
      }
    },
  },
];
