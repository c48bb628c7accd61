// The size budget in `npm test` (scripts/size-budget.js): one budget per page combination, and a
// page over its budget fails the run. Needs the build in dist/ (`npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGETS_KIB, checkBudgets, checkCdnReadme, checkReadme } from '../../scripts/size-budget.js';
import { PAGES, pageCombinations } from '../../scripts/page-sizes.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
if (!existsSync(path.join(ROOT, 'dist/cdn/klar.js'))) throw new Error('dist/cdn/klar.js is missing: run npm run build first.');

const run = (...args) => spawnSync(process.execPath, ['scripts/size-budget.js', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

test('every page combination has a budget, and today\'s build is within all of them', () => {
  for (const p of pageCombinations()) assert.ok(BUDGETS_KIB[p.name] > 0, `no budget for ${p.name}`);
  const r = run();
  assert.equal(r.status, 0, r.stdout + r.stderr);
  for (const p of PAGES) assert.match(r.stdout, new RegExp(`✓ ${p.name}\\s+[\\d.]+ KiB of ${BUDGETS_KIB[p.name]} KiB budget .*goal ${p.goal} KiB`));
  assert.match(r.stdout, /✓ <klar-step> alone/);
});

test('a page over its budget fails the run and is named', () => {
  const r = run('--budget', 'one principle badge=1');
  assert.equal(r.status, 1, r.stdout + r.stderr);
  assert.match(r.stdout, /✗ one principle badge\s+[\d.]+ KiB of 1 KiB budget .*OVER BUDGET by \d+ B/);
  assert.match(r.stdout, /✓ Min sag/, 'the other pages are still checked');
  assert.match(r.stderr, /FAILED — 1 page combination/);
});

test('an unknown page in --budget is refused, not ignored', () => {
  const r = run('--budget', 'no such page=1');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /one of: Min sag, /);
});

test('a page without a budget fails (a new element gets one when it is added)', () => {
  const { failed, lines } = checkBudgets([{ name: '<klar-new> alone', brotli: 1000 }], {});
  assert.equal(failed, 1);
  assert.match(lines[0], /no budget/);
  assert.equal(checkBudgets([{ name: 'x', brotli: 1024 }], { x: 1 }).failed, 0, 'exactly at the budget passes');
  assert.equal(checkBudgets([{ name: 'x', brotli: 1025 }], { x: 1 }).failed, 1, 'one byte over fails');
});

test('the README\'s size table must say today\'s figures: a stale "now", a stale budget and a missing page are each named', () => {
  const rows = [
    { name: 'Min sag', brotli: 40_721 },
    { name: 'everything in one file', brotli: 55_480 },
    { name: '<klar-step> alone', brotli: 6_668 },
  ];
  const budgets = { 'Min sag': 39.8, 'everything in one file': 54.3, '<klar-step> alone': 6.7 };
  const readme = (minSag, allInOne) => `# x\n\n## Size and speed\n\n| Page | now | budget | goal |\n|---|---:|---:|---:|\n| "Min sag": \`<klar-case>\` + status + timeline | ${minSag} | 39.8 | 20 |\n| everything in one file (\`dist/cdn/klar-all.js\`) | 54.2 | ${allInOne} | 30 |\n| \`<klar-step>\` alone | 6.5 | 6.7 | |\n\n## Browser support\n\n| <klar-step> alone | 9.9 | 9.9 | |\n`;
  assert.deepEqual(checkReadme(rows, readme('39.8', '54.3'), budgets), [], 'a table of today\'s figures passes');
  const stale = checkReadme(rows, readme('39.2', '54.0'), budgets);
  assert.equal(stale.length, 2, stale.join('\n'));
  assert.match(stale[0], /Min sag says 39.2 KiB now, budget 39.8; it is 39.8 KiB, budget 39.8/);
  assert.match(stale[1], /everything in one file says 54.2 KiB now, budget 54; it is 54.2 KiB, budget 54.3/);
  const missing = checkReadme([...rows, { name: '<klar-case> alone', brotli: 23_272 }], readme('39.8', '54.3'), { ...budgets, '<klar-case> alone': 22.8 });
  assert.deepEqual(missing, ['README.md: no row for <klar-case> alone in the table under "Size and speed"']);
});

test('the README\'s CDN table must say what each page fetches today: a stale figure, a stale file count and a missing row are each named', () => {
  // The prose it replaced said 48.2 KiB for "Min sag" while the loader fetched 47.2.
  const measured = { 'Min sag': { files: 9, brotli: 48_321 }, 'feedback form alone': { files: 5, brotli: 19_298 }, 'one principle badge': { files: 5, brotli: 16_221 } };
  const readme = (minSag, badgeFiles) =>
    `# x\n\n## Size and speed\n\n| Page | now | budget |\n|---|---:|---:|\n| "Min sag" page | 1.0 | 1.0 |\n\n| From the CDN, at first paint | files | KiB | then |\n|---|---:|---:|---|\n| "Min sag" page | 9 | ${minSag} | more |\n| feedback form page | 5 | 18.8 | |\n${badgeFiles ? `| one-badge page | ${badgeFiles} | 15.8 | |\n` : ''}\n## Browser support\n`;
  assert.deepEqual(checkCdnReadme(measured, readme('47.2', 5)), [], 'today\'s figures pass (the main table\'s row of the same name is not read)');
  const stale = checkCdnReadme(measured, readme('48.2', 4));
  assert.equal(stale.length, 2, stale.join('\n'));
  assert.match(stale[0], /"Min sag" page from the CDN says 9 files, 48.2 KiB; it is 9 files, 47.2 KiB/);
  assert.match(stale[1], /one-badge page from the CDN says 4 files, 15.8 KiB; it is 5 files, 15.8 KiB/);
  assert.deepEqual(checkCdnReadme(measured, readme('47.2', 0)), ['README.md: no row for one-badge page in the CDN table under "Size and speed"']);
});
