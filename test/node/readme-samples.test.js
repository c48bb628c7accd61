// Every JavaScript and TypeScript sample in README.md parses: a newcomer copies them as they are.
// (The SSR sample once read `{ case, lang: 'da' }`, a syntax error: `case` is a reserved word.)
// What the samples do is run by the end-to-end tests (readme-quickstart, ssr, react).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { quickFeedback, useTestServer } from '../helpers/reference-server.js';

const blocks = [...readFileSync('README.md', 'utf8').matchAll(/```(js|ts|jsx|tsx)\n([\s\S]*?)```/g)];

test('the README has code samples to check', () => {
  assert.ok(blocks.length >= 5, `found ${blocks.length}`);
});

for (const [i, [, loader, code]] of blocks.entries()) {
  test(`README sample ${i + 1} (${loader}) parses: ${code.split('\n')[0].slice(0, 60)}`, async () => {
    await assert.doesNotReject(transform(code, { loader, format: 'esm' }), `README sample ${i + 1}:\n${code}`);
  });
}

// The samples' addresses are the reference server's (README, "Not on npm yet"): each answers there
// with what the element expects, so a newcomer trying a sample against `npm start` gets a case,
// not a "Vi kan ikke finde din sag". (Once, `/api/cases/123` and `/api/cases/BYG-2026-0417` 404'd.)
describe('the README samples use the reference server\'s addresses', () => {
  const srv = useTestServer();
  const readme = readFileSync('README.md', 'utf8');
  const gets = [...new Set([...readme.matchAll(/(?:src|events-src)="(\/api\/[^"]+)"/g)].map((m) => m[1]))];
  const posts = [...new Set([...readme.matchAll(/(?:action|endpoint)="(\/api\/[^"]+)"/g)].map((m) => m[1]))];

  test('the README has addresses to check', () => {
    assert.ok(gets.length >= 2 && posts.length >= 1, `found ${gets} and ${posts}`);
  });

  for (const url of gets) {
    test(`GET ${url} answers JSON`, async () => {
      const r = await fetch(`${srv.url}${url}`);
      assert.equal(r.status, 200, url);
      assert.match(r.headers.get('content-type') ?? '', /json/);
    });
  }

  for (const url of posts) {
    test(`POST ${url} takes a quick answer`, async () => {
      const r = await fetch(`${srv.url}${url}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(quickFeedback()) });
      assert.ok(r.status === 200 || r.status === 201, `${url}: ${r.status}`);
    });
  }
});

// Integrators copy the demo's pages: a failing case there must leave the citizen someone to call.
// (The CMS page's two cases said "Prøv igen senere" with no contact when the API failed.)
test('every <klar-case> on the demo pages gives the citizen a contact for its error notices', () => {
  const missing = [];
  for (const file of ['demo/index.html', 'demo/cms.html']) {
    for (const [tag] of readFileSync(file, 'utf8').matchAll(/<klar-case\s[^>]*>/g)) {
      if (!/\scontact-(phone|url)="[^"]+"/.test(tag)) missing.push(`${file}: ${tag}`);
    }
  }
  assert.deepEqual(missing, []);
});
