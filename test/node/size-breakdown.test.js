// What the CDN loader makes a page fetch (scripts/size-breakdown.js reads the built files and
// their source maps). Needs the build in dist/ (`npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/page-sizes.js';
import { breakdownFile, cdnPage } from '../../scripts/size-breakdown.js';

if (!existsSync(path.join(ROOT, 'dist/cdn/klar.js'))) throw new Error('dist/cdn/klar.js is missing: run npm run build first.');

/** The source modules in the files a page with these tags fetches through the loader. */
const modulesOf = (tags) => new Set(cdnPage(tags).files.flatMap((f) => breakdownFile(path.join(ROOT, 'dist/cdn', f.file)).modules.map((m) => m.name)));

test('a page with one badge fetches no fetch, URL or context code (only the form and "Min sag" use it)', () => {
  const modules = modulesOf(['klar-principle-badge']);
  assert.ok(modules.has('src/principle-badge/principle-badge.ts') && modules.has('lit-html/lit-html.js'), [...modules].join(', '));
  for (const m of ['src/core/http.ts', 'src/core/safe-url.ts', 'src/core/context.ts', '@lit/context/lib/controllers/context-provider.js']) {
    assert.ok(!modules.has(m), `${m} is fetched by a badge page`);
  }
});

test('a "Min sag" page fetches its elements once each and nothing of the form or the list', () => {
  const { files } = cdnPage(['klar-case', 'klar-case-status', 'klar-expectation-timeline']);
  assert.equal(new Set(files.map((f) => f.file)).size, files.length);
  const modules = modulesOf(['klar-case', 'klar-case-status', 'klar-expectation-timeline']);
  assert.ok(modules.has('src/core/http.ts'));
  for (const m of ['src/feedback-form/feedback-form.ts', 'src/case-list/case-list.ts', 'src/adapters/zgw.ts', 'src/adapters/open311.ts']) assert.ok(!modules.has(m), m);
});

test('every byte of a built file is attributed to a module (the breakdown adds up)', () => {
  const file = path.join(ROOT, 'dist/cdn/klar-all.js');
  const b = breakdownFile(file);
  assert.equal(b.modules.reduce((a, m) => a + m.bytes, 0), b.raw);
  assert.ok((b.modules.find((m) => m.name === '(unmapped)')?.bytes ?? 0) < 200, 'almost everything maps to a source');
});
