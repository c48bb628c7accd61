// An app's bundler reads the package as a page would import it (package.json's exports and
// sideEffects): it must bundle the entries the README names without a warning. esbuild warned of
// 6–14 bare imports it ignored (`import './core/principles/icons.js'`, marked free of side effects)
// for a page importing the principle badge or the package root (integrator review, stop 54).
// Needs `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { requireBuild } from '../helpers/built.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
requireBuild('dist/index.js', 'dist/klar-principle-badge.js');

for (const entry of ['klar-elements', 'klar-elements/principle-badge.js', 'klar-elements/principles.js', 'klar-elements/case.js', 'klar-elements/feedback-form.js']) {
  test(`bundling ${entry} as an app does: no warning, and keeps the principles' explanations`, async () => {
    const r = await build({
      stdin: { contents: `export * from '${entry}';`, resolveDir: ROOT, loader: 'js', sourcefile: 'app.js' },
      bundle: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
      conditions: ['browser', 'import', 'default'],
    });
    assert.deepEqual(r.warnings.map((w) => `${w.id}: ${w.text}`), []);
    const code = r.outputFiles[0].text;
    // The built-in principles register where their explanations load from (builtin.js, a side effect of its own).
    if (/principle|^klar-elements$/.test(entry)) assert.match(code, /addPackLoader\("da", "explanations"/);
  });
}
