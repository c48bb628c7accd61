// A branch of a case fetched when the case has one (core/case-view.ts casePart) that cannot be
// fetched (offline, a CDN fault): the card is drawn without it, never blank, with one warning, and
// the next draw fetches it. Its own file: the page has fetched no part before.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/klar-case-status.js';
import { decisionPart } from '../../src/core/case-view.js';
import { placeholderCss } from '../../src/core/placeholder.styles.js';
import { attach, detachAll, fixtureJson, uid } from './helpers.js';
import { until } from '../helpers/until.js';

describe('"Min sag": a part that cannot be fetched', () => {
  afterEach(() => detachAll());

  it('a decision whose part cannot be fetched: the card keeps its placeholder size while it waits, then draws without it, warns once, and the next draw fetches it', async () => {
    const warn = sinon.spy(console, 'warn');
    let fail!: (e: Error) => void;
    // Offline stays offline: the first import waits for the test to fail it, any later one (a draw
    // after the card's, in WebKit under load) fails at once, as a fetch does without a network.
    let failed = false;
    decisionPart.setImport(() =>
      failed
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
        : new Promise((_, reject) => (fail = (e) => ((failed = true), reject(e)))),
    );
    // The page's placeholder sheet (dist/cdn/klar.css), as a page has it: the size is what a citizen sees.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(placeholderCss);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const held = (el: Element) => getComputedStyle(el).minBlockSize;
    try {
      const el = document.createElement('klar-case-status');
      el.case = { ...(await fixtureJson('klar/decided')), id: uid() };
      attach(el);
      await until(() => fail !== undefined, { message: 'the part asked for' });
      // The placeholder sheet sizes it by this state while it waits (core/placeholder.styles.ts).
      if (CSS.supports('selector(:state(loading))')) {
        expect(el.matches(':state(loading)'), 'waiting in :state(loading)').to.equal(true);
        expect(parseFloat(held(el)), 'the placeholder size held while it waits').to.be.greaterThan(100);
      }
      expect(el.querySelector('.klar-title'), 'nothing drawn while it waits').to.equal(null);
      fail(new TypeError('Failed to fetch dynamically imported module'));
      await until(() => el.querySelector('.klar-title') !== null, { message: 'the card drawn' });
      // Out of it once drawn (a later draw that asks for the part again is in it only while it fails).
      // (WebKit once lost the state set's script object and kept the size, 438 px, after the draw.)
      if (CSS.supports('selector(:state(loading))')) {
        await until(() => !el.matches(':state(loading)'), { message: 'out of :state(loading) once drawn' });
        expect(held(el), 'no placeholder size once drawn').to.equal('0px');
      }
      expect(el.textContent).to.include((el.case as { title: string }).title);
      expect(el.querySelector('[part="decision"]'), 'drawn without the part').to.equal(null);
      expect(warn.getCalls().some((c) => String(c.args[0]).includes('"decision" part'))).to.equal(true);
      decisionPart.setImport();
      el.requestUpdate();
      await until(() => el.querySelector('[part="decision"]') !== null, { message: 'drawn with it on the next draw' });
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      decisionPart.setImport();
      warn.restore();
    }
  });
});
