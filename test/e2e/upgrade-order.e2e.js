// A timeline inside <klar-case> shows the case whatever order the built files register the
// elements in (test/case/upgrade-order.test.ts covers the source in three engines). Here the
// built entries: the CDN loader, when a script adds the timeline while the provider's chunk is
// still on its way (the timeline's chunk arrives first), and an npm page that imports the
// timeline before the provider. Before the fix both showed "Der er ingen trin at vise endnu".
import { test, describe, before, after } from 'node:test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deepText, launchChromium } from '../helpers/e2e.js';
import { until } from '../helpers/until.js';
import { ROOT } from '../helpers/reference-server.js';
import { startPageServer } from '../helpers/esm-server.js';

const PAGES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages');
const NOW = '2026-11-24T10:00:00.000Z';

if (!existsSync(path.join(ROOT, 'dist/cdn/klar.js')) || !existsSync(path.join(ROOT, 'dist/klar-case.js'))) {
  throw new Error('upgrade-order.e2e.js needs the build: run `npm run build` first');
}

const doc = {
  id: 'o-1',
  title: 'Byggetilladelse til carport',
  status: { code: 'in-progress', label: 'Under behandling', since: '2026-11-01' },
  steps: [
    { id: 'received', title: 'Ansøgning modtaget', state: 'done', completedAt: '2026-09-01' },
    { id: 'assess', title: 'Vi vurderer ansøgningen', state: 'current', expected: '2026-12-20' },
  ],
};

const head = '<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Min sag</title>';
const timeline = `<klar-expectation-timeline now="${NOW}"></klar-expectation-timeline>`;

describe('a timeline inside <klar-case> finds it in any upgrade order (built files)', { timeout: 300_000 }, () => {
  /** @type {import('playwright-core').Browser} */ let browser;
  /** @type {Awaited<ReturnType<typeof startPageServer>>} */ let server;

  before(async () => {
    server = await startPageServer({
      csp: null,
      pagesDir: PAGES,
      cases: { o1: doc },
      pages: {
        // The loader finds <klar-case> and fetches its chunk; a script then adds the timeline.
        '/cdn-late': `${head}<script type="module" src="/cdn/klar.js"></script>
<script type="module">document.getElementById('case').innerHTML = ${JSON.stringify(timeline)};</script></head>
<body><klar-case id="case" src="/api/cases/o1"></klar-case></body></html>`,
        // An npm page whose bundle imports the timeline before the provider.
        '/npm-timeline-first': `${head}<script type="module">import '/dist/klar-expectation-timeline.js'; import '/dist/klar-case.js';</script></head>
<body><klar-case src="/api/cases/o1">${timeline}</klar-case></body></html>`,
      },
    });
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const route of ['/cdn-late', '/npm-timeline-first']) {
    test(`${route}: the timeline shows the steps`, async () => {
      const ctx = await browser.newContext();
      try {
        const page = await ctx.newPage();
        // The provider's chunk arrives last (a slow network, a cold CDN edge).
        await page.route('**/cdn/klar-case.js', async (r) => {
          await new Promise((ok) => setTimeout(ok, 1500));
          await r.continue();
        });
        await page.goto(`${server.url}${route}`);
        await until(() => deepText(page, 'klar-expectation-timeline'), {
          ok: (t) => t.includes('Vi vurderer ansøgningen'),
          message: `${route}: the timeline's steps`,
          timeout: 30_000,
        });
      } finally {
        await ctx.close();
      }
    });
  }
});
