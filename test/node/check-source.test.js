// scripts/check-source.js (the "source check" in `npm test`): the import boundaries of the
// layout and the CSP rules, run against small trees seeded with a violation, and against the
// real src/.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/reference-server.js';

const script = path.join(ROOT, 'scripts/check-source.js');
const dirs = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A project with the given src/ files ({ 'core/a.ts': '…' }); returns the check's result. */
function check(files) {
  const root = mkdtempSync(path.join(tmpdir(), 'klar-check-'));
  dirs.push(root);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, 'src', name)), { recursive: true });
    writeFileSync(path.join(root, 'src', name), text);
  }
  const r = spawnSync(process.execPath, [script, root], { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

const allowed = {
  'core/parse-case.ts': `export const parseCase = 1;\n`,
  'core/schedule.ts': `import { parseCase } from './parse-case.js';\nexport const s = parseCase;\n`,
  'translations/case-status.ts': `import type { X } from '../core/localize.js';\n`,
  'adapters/open311.ts': `import { parseCase } from '../core/parse-case.js';\nexport const fromOpen311 = parseCase;\n`,
  'adapters/index.ts': `export const formats = { open311: () => import('./open311.js') };\n`,
  'case/case.ts': `import { formats } from '../adapters/index.js';\nimport { parseCase } from '../core/parse-case.js';\n`,
  'case-status/case-status.ts': `import { parseCase } from '../core/parse-case.js';\nimport { m } from '../translations/case-status.js';\n`,
  'principle-badge/sets/city.ts': `import { registerPrinciples } from '../principle-sets.js';\n`,
  'klar-case-status.ts': `import { KlarCaseStatus } from './case-status/case-status.js';\n`,
  'index.ts': `export * from './klar-case-status.js';\nimport './expectation-timeline/expectation-timeline.js';\n`,
  'ssr/index.ts': `import '../klar-case-status.js';\nimport '../case-status/case-status.js';\n`,
  'expectation-timeline/expectation-timeline.ts': `/**\n * import { x } from '../case-status/case-status.js';\n */\n// import '../adapters/open311.js';\n`,
};

test('a tree that keeps to the layout passes', () => {
  const r = check(allowed);
  assert.equal(r.status, 0, r.out);
  assert.match(r.out, /no import crosses a boundary/);
});

test('core importing an adapter or an element fails, naming file, line, import and rule', () => {
  const r = check({
    ...allowed,
    'core/case-fetch.ts': `import type { X } from './parse-case.js';\n\nconst f = () => import('../adapters/open311.js');\n`,
    'core/context.ts': `export { KlarCase } from '../case/case.js';\n`,
  });
  assert.equal(r.status, 1, r.out);
  assert.match(r.out, /^src\/core\/case-fetch\.ts:3 imports src\/adapters\/open311\.ts \(core imports no adapter\)$/m);
  assert.match(r.out, /^src\/core\/context\.ts:1 imports src\/case\/case\.ts \(core imports no element\)$/m);
});

test('an element importing another element, or an adapter outside the provider, fails', () => {
  const r = check({
    ...allowed,
    'principles/principles.ts': `import {\n  hasPrinciple,\n} from '../principle-badge/principle-sets.js';\n`,
    'expectation-timeline/step.ts': `import { fromZgw } from '../adapters/zgw.js';\n`,
  });
  assert.equal(r.status, 1, r.out);
  assert.match(r.out, /^src\/principles\/principles\.ts:3 imports src\/principle-badge\/principle-sets\.ts \(an element imports no other element's files\)$/m);
  assert.match(r.out, /^src\/expectation-timeline\/step\.ts:1 imports src\/adapters\/zgw\.ts \(only <klar-case> \(src\/case\/\) imports adapters\)$/m);
});

test('an unsafe API still fails the check', () => {
  const r = check({ ...allowed, 'case-status/x.ts': `el.innerHTML = text;\n` });
  assert.equal(r.status, 1, r.out);
  assert.match(r.out, /src\/case-status\/x\.ts:1: innerHTML/);
});

test('the real src/ passes (apart from the crossings listed as pending)', () => {
  const r = spawnSync(process.execPath, [script, ROOT], { encoding: 'utf8' });
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
});
