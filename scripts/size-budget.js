// `npm test` step "size budget": fails when any page combination (scripts/page-sizes.js: the
// elements a page uses, bundled with Lit, brotli q11) grows past its budget. Bytes are
// deterministic, so unlike timings this belongs in `npm test`. Needs dist/ (`npm run build`).
//
// The budgets sit 0.1–0.2 KiB above today's sizes, so any real growth fails: they stop the
// bleeding, they are not the goal. Not closer: brotli q11 moves a page by up to ±70 B when a few
// minified bytes change or a lazy chunk's hash name alone does (stop 49: five equal spellings of a
// 7 B smaller timeline gave Min sag 41,820–41,882 B; 30 chunk hashes gave the all-in-one file
// 57,278–57,412 B), and a budget a few bytes above turned every change into a lottery. A goal
// that holds is the budget itself (the feedback form's 14 KiB). The goals (issue 15) need per-tag chunks, light DOM and per-language
// catalogues; when a change brings a page down, lower its budget in the same commit.
// History: until this table, one budget of 50 KB covered the all-in-one CDN file alone.
//
// Try a budget without editing this file: node scripts/size-budget.js --budget "Min sag=20"
import { readFileSync } from 'node:fs';
import { KIB, PAGES, kib, pageCombinations, pageSizes } from './page-sizes.js';
import { cdnPage } from './size-breakdown.js';

/**
 * Budget per page combination, in KiB (1024 B) brotli: the page's measured bytes plus 0.1 KiB,
 * rounded up to the next 0.1 KiB (a goal that holds caps it), so any growth past brotli's own
 * noise that is not said fails. Each line says the bytes it was set
 * from. What moved a page, by how many bytes and why, is in the commits that changed its line
 * (`git log -p scripts/size-budget.js`; until 2026-12-05 the comments here held that history
 * too) and in CHANGELOG.md. When a change brings a page down, lower its budget in the same commit.
 */
export const BUDGETS_KIB = {
  'Min sag': 42.4, // 43,256 B; measured 2026-12-08, stop 58 (review mend: safeUrl's user-name check by the written link alone)
  'feedback form alone': 14.0, // 14,292 B; measured 2026-12-07, stop 54 (citizen review: offline said as stale, the days waited, the move's year, the compact lead-in)
  'one principle badge': 12.3, // 12,439 B; measured 2026-12-07, stop 52 (the loading state ends at a draw (light-element.ts: a set of waits, cleared by a draw))
  'everything in one file': 57.4, // 58,613 B; measured 2026-12-08, stop 58 (review mend: safeUrl's user-name check by the written link alone)
  '<klar-case> alone': 24.2, // 24,623 B; measured 2026-12-08, stop 58 (review mend: safeUrl's user-name check by the written link alone)
  '<klar-case-list> alone': 31.4, // 32,029 B; measured 2026-12-08, stop 58 (review mend: safeUrl's user-name check by the written link alone)
  '<klar-case-status> alone': 29.8, // 30,406 B; measured 2026-12-08, stop 58 (status kind in the page's words)
  '<klar-expectation-timeline> alone': 32.5, // 33,131 B; measured 2026-12-08, stop 58 (reach review mends, without hyphens)
  '<klar-principles> alone': 13.0, // 13,147 B; measured 2026-12-07, stop 52 (the loading state ends at a draw (light-element.ts: a set of waits, cleared by a draw))
  '<klar-step> alone': 6.0, // 6,038 B; measured 2026-12-07, stop 49 (0.1 KiB above the page for brotli's noise: see above)
};

/** Returns the budget (KiB) of a page combination, or undefined. */
export const budgetFor = (name) => BUDGETS_KIB[name];

/**
 * Compares measured rows ({ name, brotli, goal? }) with budgets (KiB by name). A row without a
 * budget fails too: a new element gets its budget when it is added.
 */
export function checkBudgets(rows, budgets = BUDGETS_KIB) {
  const lines = [];
  let failed = 0;
  const w = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) {
    const budget = Object.prototype.hasOwnProperty.call(budgets, r.name) ? budgets[r.name] : undefined;
    const goal = r.goal ? `, goal ${r.goal} KiB` : '';
    if (budget === undefined) {
      failed++;
      lines.push(`✗ ${r.name.padEnd(w)}  ${kib(r.brotli).padStart(5)} KiB: no budget; add one to BUDGETS_KIB in scripts/size-budget.js${goal}`);
      continue;
    }
    const over = r.brotli > budget * KIB;
    if (over) failed++;
    const pct = ((r.brotli / (budget * KIB)) * 100).toFixed(0);
    lines.push(`${over ? '✗' : '✓'} ${r.name.padEnd(w)}  ${kib(r.brotli).padStart(5)} KiB of ${budget} KiB budget (${pct} %)${goal}${over ? `  — OVER BUDGET by ${r.brotli - Math.floor(budget * KIB)} B` : ''}`);
  }
  return { lines, failed };
}

/**
 * Compares the README's size table ("| Page | now | budget | …", under "## Size and speed") with
 * measured rows and the budgets, so the figures a municipality reads are today's: a row whose
 * "now" is not the measured KiB (one decimal) or whose budget is not the one here is named. A
 * page the table leaves out is named too. Returns the lines to print, one per mismatch.
 */
export function checkReadme(rows, readme, budgets = BUDGETS_KIB) {
  const section = readme.split(/^## Size and speed$/m)[1]?.split(/^## /m)[0] ?? '';
  const table = [...section.matchAll(/^\|([^|]+)\|\s*([\d.]+)\s*\|\s*([\d.]+)\s*\|/gm)].map((m) => ({ label: m[1].replace(/[`"]/g, '').trim(), now: Number(m[2]), budget: Number(m[3]) }));
  const out = [];
  for (const r of rows) {
    const row = table.find((t) => t.label === r.name || t.label.startsWith(`${r.name}:`) || t.label.startsWith(`${r.name} (`));
    if (!row) out.push(`README.md: no row for ${r.name} in the table under "Size and speed"`);
    else if (row.now !== Number(kib(r.brotli)) || row.budget !== budgets[r.name])
      out.push(`README.md: ${r.name} says ${row.now} KiB now, budget ${row.budget}; it is ${kib(r.brotli)} KiB, budget ${budgets[r.name]}: update the table under "Size and speed"`);
  }
  return out;
}

/** The README's rows of what a page fetches from the CDN, by the page combination they stand for. */
export const CDN_ROWS = { '"Min sag" page': 'Min sag', 'feedback form page': 'feedback form alone', 'one-badge page': 'one principle badge' };

/**
 * Compares the README's CDN table ("| From the CDN, at first paint | files | KiB | …") with what
 * each page fetches through the loader (scripts/size-breakdown.js cdnPage: files and brotli KiB,
 * one decimal). `measured` maps a page combination's name to { files, brotli }. Returns the lines
 * to print, one per mismatch or missing row.
 */
export function checkCdnReadme(measured, readme) {
  const section = readme.split(/^## Size and speed$/m)[1]?.split(/^## /m)[0] ?? '';
  const table = section.split(/^\| From the CDN, at first paint \|/m)[1]?.split(/\n\n/)[0] ?? '';
  const out = [];
  for (const [label, name] of Object.entries(CDN_ROWS)) {
    const m = new RegExp(`^\\| ${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\|\\s*(\\d+)\\s*\\|\\s*([\\d.]+)\\s*\\|`, 'm').exec(table);
    const c = measured[name];
    if (!m) out.push(`README.md: no row for ${label} in the CDN table under "Size and speed"`);
    else if (Number(m[1]) !== c.files || Number(m[2]) !== Number(kib(c.brotli)))
      out.push(`README.md: the ${label} from the CDN says ${m[1]} files, ${m[2]} KiB; it is ${c.files} files, ${kib(c.brotli)} KiB: update the CDN table under "Size and speed"`);
  }
  return out;
}

/** What each page of CDN_ROWS fetches through the loader: { files, brotli } by page combination. */
export function cdnPages() {
  return Object.fromEntries(
    Object.values(CDN_ROWS).map((name) => {
      const c = cdnPage(PAGES.find((p) => p.name === name).tags);
      return [name, { files: c.files.length, brotli: c.brotli }];
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const budgets = { ...BUDGETS_KIB };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== '--budget') continue;
    const m = /^(.+)=(\d+(?:\.\d+)?)$/.exec(argv[++i] ?? '');
    const names = pageCombinations().map((p) => p.name);
    if (!m || !names.includes(m[1])) {
      console.error(`size budget: --budget takes "<page>=<KiB>" with one of: ${names.join(', ')}.`);
      process.exit(2);
    }
    budgets[m[1]] = Number(m[2]);
  }
  let rows;
  try {
    rows = await pageSizes();
  } catch (e) {
    console.error(`size budget: ${e.message}`);
    process.exit(1);
  }
  const { lines, failed } = checkBudgets(rows, budgets);
  console.log('size budget: KiB brotli q11, Lit included, per page combination (scripts/page-sizes.js)');
  for (const l of lines) console.log(l);
  if (failed) {
    console.error(`size budget: FAILED — ${failed} page combination(s) over budget or without one.`);
    process.exit(1);
  }
  console.log(`size budget: all ${rows.length} page combinations within budget.`);
  const text = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const readme = [...checkReadme(rows, text), ...checkCdnReadme(cdnPages(), text)];
  for (const l of readme) console.error(`size budget: ${l}`);
  if (readme.length) process.exit(1);
  console.log('size budget: the README\'s size tables say these figures.');
}
