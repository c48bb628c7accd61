// The demo keeps a good mix of states (issue 16, item 3): whenever a newcomer opens it, one sample
// case waits for the citizen, one is late and one is in progress. The simulated clock is driven
// through its endpoint, one tick at a time, for 30 minutes of demo time (40 ticks of 45 s), and
// after every tick the five cases are read as the elements read them (klar-elements/core:
// parseCase, scheduleCase, statusKind). Needs the build in dist/ (`npm run build`).
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../helpers/reference-server.js';
import { useDemoServer } from '../helpers/e2e.js';
import { requireBuild } from '../helpers/built.js';

requireBuild('dist/core.js');
const TICK_SECONDS = 45;
const TICKS = (30 * 60) / TICK_SECONDS;

describe('the demo clock', { timeout: 180_000 }, () => {
  // The clock's own timer is stopped (0): the test moves it, tick by tick, through the endpoint.
  const demo = useDemoServer({ browser: false, env: { KLAR_TICK_SECONDS: '0' } });

  test('after every tick of 30 minutes, one case waits, one is delayed and one is in progress', async () => {
    const core = await import(pathToFileURL(path.join(ROOT, 'dist/core.js')).href);
    const start = Date.now();
    /** @type {string[]} */
    const seen = [];
    for (let tick = 0; tick <= TICKS; tick++) {
      if (tick > 0) assert.equal((await fetch(`${demo.server.url}/api/clock/advance`, { method: 'POST' })).status, 200);
      const { cases } = await (await fetch(`${demo.server.url}/api/cases`)).json();
      // Demo time: the page is read as it would be `tick` ticks after the start.
      const now = new Date(start + tick * TICK_SECONDS * 1000);
      const kinds = cases.map((/** @type {unknown} */ doc) => {
        const c = core.parseCase(doc);
        return core.statusKind(c, core.scheduleCase(c, now));
      });
      seen.push(cases.map((/** @type {any} */ c) => c.status.code).join(' '));
      assert.ok(kinds.includes('waiting'), `tick ${tick}: one case waits (${kinds})`);
      assert.ok(kinds.includes('delayed'), `tick ${tick}: one case is delayed (${kinds})`);
      assert.ok(kinds.includes('active') || kinds.includes('received'), `tick ${tick}: one case is in progress (${kinds})`);
    }
    // …and the clock really moves things: more than one mix was seen.
    assert.ok(new Set(seen).size > 1, `the cases moved: ${[...new Set(seen)].join(' | ')}`);
  });
});
