// The size budget in `npm test` (scripts/size-budget.js): one budget per page combination, and a
// page over its budget fails the run. Needs the build in dist/ (`npm run build`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUDGETS_KIB, checkBudgets } from '../../scripts/size-budget.js';
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
