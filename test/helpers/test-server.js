// A web-test-runner middleware that serves real HTTP endpoints to the browser tests.
// Each file in test/helpers/routes/ exports `routes`: an array of
// { method?, path: string | RegExp, handler(ctx, match) } using Koa's ctx.
// Owners: routes/case.js (klar-case fixtures), routes/feedback.js (feedback endpoint), …
import { readdirSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));

export async function testServerMiddleware() {
  const dir = path.join(here, 'routes');
  const all = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.js')).sort()) {
    const mod = await import(pathToFileURL(path.join(dir, f)).href);
    all.push(...(mod.routes ?? []));
  }
  return async function klarTestServer(ctx, next) {
    for (const r of all) {
      if (r.method && r.method !== ctx.method) continue;
      const m = typeof r.path === 'string' ? (ctx.path === r.path ? [ctx.path] : null) : r.path.exec(ctx.path);
      if (m) {
        await r.handler(ctx, m);
        return;
      }
    }
    await next();
  };
}
