// scripts/skips.js: `npm test` fails on a skip that tested nothing, and lists every skip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findSkips, skipFailsRun } from '../../../scripts/skips.js';

const tap = `TAP version 13
# Subtest: renderToString
    ok 1 - renders # SKIP run \`npm run build\` first
    ok 2 - a WebKit-only quirk # SKIP WebKit has no showPicker()
    ok 3 - silent # SKIP
    ok 4 - passes
    not ok 5 - fails
ok 6 - adapters # SKIP src/adapters/*.ts export no parser yet
`;

test('finds every node:test skip with its reason, and the browser reporter’s skips', () => {
  const browser = 'browser tests: 3 passed, 0 failed, 1 skipped\nbrowser skip: test/core/x.test.ts › core › waits\n';
  assert.deepEqual(findSkips(tap + browser, 'server tests'), [
    { runner: 'server tests', name: 'renders', reason: 'run `npm run build` first' },
    { runner: 'server tests', name: 'a WebKit-only quirk', reason: 'WebKit has no showPicker()' },
    { runner: 'server tests', name: 'silent', reason: '' },
    { runner: 'server tests', name: 'adapters', reason: 'src/adapters/*.ts export no parser yet' },
    { runner: 'server tests', name: 'test/core/x.test.ts › core › waits', reason: '' },
  ]);
  assert.deepEqual(findSkips('ok 1 - fine\nnot ok 2 - broken\n', 'x'), []);
});

test('fails the run on skips that mean "not built", "nothing found" or give no reason', () => {
  for (const reason of ['', 'run `npm run build` first', 'dist/cdn/klar.js is missing', 'demo/index.html not written yet', 'no fixtures found', 'src/adapters/*.ts export no parser yet', 'nothing found'])
    assert.equal(skipFailsRun({ reason }), true, reason);
  assert.equal(skipFailsRun({ reason: 'WebKit has no showPicker()' }), false);
});
