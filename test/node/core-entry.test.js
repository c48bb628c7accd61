// klar-elements/core is the side-effect-free entry: an app that only reads case data bundles
// no element. Each test bundles a tiny app the way an integrator's bundler would (esbuild,
// bundle + minify, the package found by its own name through package.json "exports") and
// reads the output. Budgets live in scripts/size-budget.js; the first test checks the two sizes the
// README's klar-elements/core section gives.
// Needs the build in dist/ (`npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { ROOT } from '../helpers/reference-server.js';
import { brotliCompressSync, constants } from 'node:zlib';

if (!existsSync(path.join(ROOT, 'dist/core.js'))) throw new Error('dist/core.js is missing: run npm run build first.');

/** Bundles `source` as an app beside package.json, so 'klar-elements/…' resolves through "exports". */
async function bundle(source) {
  const out = await build({
    stdin: { contents: source, resolveDir: ROOT, sourcefile: 'app.js', loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = out.outputFiles[0].text;
  const raw = Buffer.byteLength(code);
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { code, raw, brotli };
}

/** What only an element brings into a bundle. */
function assertNoElement(code) {
  // assert.ok, not doesNotMatch: the message names what was found, not the whole bundle.
  for (const [re, what] of [
    [/customElements\.define/, 'customElements.define'],
    [/klar-(case-status|expectation-timeline|principle-badge|principles|feedback-form|step|case)\b(?!-)/, 'an element tag name'],
    [/LitElement|litElementVersions/, 'LitElement'],
  ]) {
    const m = re.exec(code);
    assert.ok(!m, `the bundle has ${what}: …${m && code.slice(Math.max(0, m.index - 60), m.index + 60)}…`);
  }
}

test('an app importing parseCase from klar-elements/core bundles no element', { timeout: 60_000 }, async () => {
  const app = await bundle(`import { parseCase } from 'klar-elements/core';\nconsole.log(parseCase({ reference: 'A-1', title: 'T', status: { code: 'x', label: 'X' } }).reference);`);
  assert.match(app.code, /reference/, 'parseCase is in the bundle');
  assertNoElement(app.code);
  const all = await bundle(`import { parseCase } from 'klar-elements';\nconsole.log(parseCase({}));`);
  assert.match(all.code, /customElements\.define/, 'the package root registers elements (the check can see one)');
  console.log(`# parseCase from klar-elements/core: ${app.raw} B raw, ${app.brotli} B brotli; from the package root: ${all.raw} B raw, ${all.brotli} B brotli`);
  assert.ok(app.brotli < all.brotli / 2, `core ${app.brotli} B brotli vs root ${all.brotli} B`);
  // The README says both figures (KiB, one decimal): they must still be true, within 5 %.
  const said = /only `parseCase` from it is\s+about ([\d.]+) KiB brotli; from the package root it is about (\d+) KiB/.exec(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
  assert.ok(said, 'README.md: the sentence with the core entry\'s two sizes is not there');
  for (const [figure, bytes, what] of [[said[1], app.brotli, 'parseCase from klar-elements/core'], [said[2], all.brotli, 'parseCase from the package root']]) {
    const kib = bytes / 1024;
    assert.ok(Math.abs(Number(figure) - kib) <= kib * 0.05, `README.md says about ${figure} KiB for ${what}; it is ${kib.toFixed(1)} KiB (${bytes} B brotli)`);
  }
});

test('the adapters, registries and personal-data helpers from klar-elements/core bundle no element', { timeout: 60_000 }, async () => {
  const app = await bundle(
    `import * as core from 'klar-elements/core';\n` +
      `core.registerTranslation('de', { 'status.title': 'Status' });\n` +
      `core.registerPrinciples('city', { open: { texts: { da: { name: 'Åben' } } } });\n` +
      `console.log(core.fromOpen311, core.fromZgw, core.toCase, core.isParsedCase, core.CaseDataError, core.safeUrl, core.redactCpr, core.containsCpr);`,
  );
  assertNoElement(app.code);
  console.log(`# everything in klar-elements/core: ${app.raw} B raw, ${app.brotli} B brotli`);
});

test('the working-day helpers docs/adapters.md names come from klar-elements/core, and count as it says', async () => {
  // The doc named them from src/core/workdays.ts, which no package path reaches.
  const core = await import(path.join(ROOT, 'dist/core.js'));
  for (const name of ['isClosedDay', 'nextWorkingDay', 'addWorkingDays', 'workingDaysBetween', 'easterSunday', 'danishHolidays']) assert.equal(typeof core[name], 'function', name);
  // 23 December 2026 and two working days, with the town hall shut on 24 and 31 December: 28 and 29 December.
  assert.equal(core.addWorkingDays('2026-12-23', 2, { extraClosedDays: core.CHRISTMAS_AND_NEW_YEARS_EVE }), '2026-12-29');
  const c = core.parseCase({ id: 'x', title: 'Sag', receivedAt: '2026-12-23', status: { code: 'modtaget', label: 'Modtaget' }, steps: [], promise: { processingTime: { workingDays: 2 } } });
  const with24 = core.scheduleCase(c, new Date('2026-12-23T12:00:00Z'), undefined, { extraClosedDays: core.CHRISTMAS_AND_NEW_YEARS_EVE });
  assert.equal(with24.promise?.promisedDate?.latest.toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' }), '2026-12-29');
});
