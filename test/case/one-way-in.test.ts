// One way in for case data (issue 11): raw case JSON, exactly as the reference server and the
// schema give it, reaches every element through toCase, so links are checked once whatever the
// route (the `case` property of each element, or <klar-case src>), and a provider's load errors
// are said once.
import { root } from '../helpers/root.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/klar-case.js';
import '../../src/klar-case-status.js';
import '../../src/klar-expectation-timeline.js';
import type { KlarCase } from '../../src/klar-case.js';
import type { KlarCaseStatus } from '../../src/klar-case-status.js';
import type { KlarExpectationTimeline } from '../../src/klar-expectation-timeline.js';
import { isParsedCase, parseCase, toCase } from '../../src/core/parse-case.js';
import { putDoc, realSleep, requests, uid } from './helpers.js';
import { until } from '../helpers/until.js';
import sinon from 'sinon';

const NOW = '2026-11-24T10:00:00Z';

/** The spellings of a script link that browsers accept, and that must never become an href. */
export const UNSAFE = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'];

/**
 * A raw case document, shaped as the reference server sends it (test/fixtures/unsafe-links.json,
 * shared with the server-rendering end-to-end test), with `bad` in every link it has.
 */
const template = await (await fetch('/test/fixtures/unsafe-links.json')).text();
export function hostileCase(bad: string): Record<string, unknown> {
  return JSON.parse(template.replaceAll('"__UNSAFE__"', JSON.stringify(bad))) as Record<string, unknown>;
}

/** Every href, action, src and formaction attribute in `root`, through open shadow roots. */
function links(top: Element): string[] {
  const out: string[] = [];
  const walk = (n: Element | ShadowRoot) => {
    for (const el of Array.from(n.querySelectorAll('*'))) {
      // The test's own attributes on our elements (e.g. href=" javascript:…") are input, not output.
      if (el.localName.startsWith('klar-')) {
        if (el.shadowRoot) walk(el.shadowRoot);
        continue;
      }
      for (const a of ['href', 'action', 'src', 'formaction', 'xlink:href']) {
        const v = el.getAttribute(a);
        if (v !== null) out.push(v);
      }
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(top);
  if (top.shadowRoot) walk(top.shadowRoot);
  return out;
}

/** A script or markup link. The timeline's own calendar downloads (data:text/calendar) are fine. */
const unsafe = (v: string) => {
  const s = v.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  return /^(javascript|vbscript):/.test(s) || (s.startsWith('data:') && !s.startsWith('data:text/calendar;'));
};

/** The text a person reads in an element's shadow root, whitespace collapsed. */
function shown(el: Element): string {
  return (root(el).textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Every element of `tag` below `root`, through open shadow roots. */
function deepAll(root: Element | ShadowRoot, sel: string): Element[] {
  const out = Array.from(root.querySelectorAll(sel));
  for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot) out.push(...deepAll(el.shadowRoot, sel));
  if (root instanceof Element && root.shadowRoot) out.push(...deepAll(root.shadowRoot, sel));
  return out;
}

describe('one way in for case data', () => {
  it('toCase parses raw JSON once and passes a parsed case as it is; a parsed case cannot be changed afterwards', () => {
    const raw = hostileCase('javascript:alert(1)');
    const c = toCase(raw);
    expect(isParsedCase(c)).to.equal(true);
    expect(isParsedCase(raw)).to.equal(false);
    expect(toCase(c)).to.equal(c);
    // Duck typing is gone: an object shaped like a parsed case is still parsed (and its link dropped).
    const lookalike = { ...c, promise: { policyUrl: 'javascript:alert(1)' } };
    expect(isParsedCase(lookalike)).to.equal(false);
    expect(toCase(lookalike).promise?.policyUrl).to.equal(undefined);
    expect(() => {
      (c.promise as { policyUrl?: string }).policyUrl = 'javascript:alert(1)';
    }).to.throw(TypeError);
    expect(Object.isFrozen(c.steps[1])).to.equal(true);
    // Re-parsing a parsed case (another copy of the library on the page) gives the same facts.
    const facts = (x: object) => JSON.stringify({ ...x, warnings: [] });
    expect(facts(parseCase(JSON.parse(JSON.stringify(c))))).to.equal(facts(c));
  });

  for (const bad of UNSAFE) {
    it(`writes no "${bad.trim().slice(0, 16)}…" link, whether the raw JSON is set as a property or fetched by <klar-case>`, async () => {
      const id = uid('unsafe');
      await putDoc(id, hostileCase(bad));
      const wrap = await fixture<HTMLDivElement>(html`<div lang="da">
        <klar-case-status now=${NOW} .case=${hostileCase(bad)}></klar-case-status>
        <klar-case-status variant="compact" href=${bad} now=${NOW} .case=${hostileCase(bad)}></klar-case-status>
        <klar-expectation-timeline now=${NOW} .case=${hostileCase(bad)}></klar-expectation-timeline>
        <klar-case src=${`/api/case/doc/${id}`}>
          <klar-case-status now=${NOW}></klar-case-status>
          <klar-expectation-timeline now=${NOW}></klar-expectation-timeline>
        </klar-case>
      </div>`);
      const provided = wrap.querySelector('klar-case klar-expectation-timeline') as KlarExpectationTimeline;
      await until(() => !!root(provided).querySelector('ol li'), { message: 'the provided timeline', timeout: 10_000 });
      for (const el of Array.from(wrap.querySelectorAll('klar-case-status, klar-expectation-timeline')) as (KlarCaseStatus | KlarExpectationTimeline)[]) await el.updateComplete;
      const all = links(wrap);
      // The safe links are still there (the phone and the e-mail), so the test sees real rendering.
      expect(all).to.include('tel:33663366');
      expect(all).to.include('mailto:byg@kommune.example');
      expect(all.filter(unsafe)).to.deep.equal([]);
      expect(shown(wrap.querySelector('klar-expectation-timeline')!)).to.contain('Vi vurderer ansøgningen');
    });
  }

  it('refuses mailto links that smuggle headers, and tel links that are not numbers', async () => {
    const raw = { ...hostileCase('https://kommune.example/'), contact: { department: 'Byggesag', email: 'byg@kommune.example?cc=evil@x.example&body=hi', phone: 'javascript:alert(1)' } };
    const el = await fixture<KlarCaseStatus>(html`<klar-case-status lang="da" now=${NOW} .case=${raw}></klar-case-status>`);
    const all = links(el);
    expect(all.some((v) => v.startsWith('mailto:'))).to.equal(false);
    expect(all.some((v) => v.startsWith('tel:'))).to.equal(false);
    expect(shown(el)).to.contain('Byggesag');
  });

  it('shows the same facts in the timeline and the status whether the case is a property or provided by <klar-case>', async () => {
    const id = uid('same');
    const raw = hostileCase('https://kommune.example/politik');
    await putDoc(id, raw);
    const wrap = await fixture<HTMLDivElement>(html`<div lang="da">
      <div id="prop">
        <klar-case-status now=${NOW} .case=${raw}></klar-case-status>
        <klar-expectation-timeline now=${NOW} .case=${raw}></klar-expectation-timeline>
      </div>
      <klar-case id="prov" src=${`/api/case/doc/${id}`}>
        <klar-case-status now=${NOW}></klar-case-status>
        <klar-expectation-timeline now=${NOW}></klar-expectation-timeline>
      </klar-case>
    </div>`);
    const [ps, pt] = Array.from(wrap.querySelectorAll('#prop > *')) as [KlarCaseStatus, KlarExpectationTimeline];
    const [cs, ct] = Array.from(wrap.querySelectorAll('#prov > :is(klar-case-status, klar-expectation-timeline)')) as [KlarCaseStatus, KlarExpectationTimeline];
    await until(() => !!root(ct).querySelector('ol li') && shown(cs).includes('Under behandling'), { message: 'the provided case', timeout: 10_000 });
    await Promise.all([ps, pt, cs, ct].map((e) => e.updateComplete));
    expect(shown(cs)).to.equal(shown(ps));
    // Side by side in one <klar-case>, the status says the decision, the appeal and the task the
    // decided case left open, and the timeline leaves them out (each fact once per page); everything
    // else is the same.
    expect(root(ct).querySelector('[part=decision]')).to.equal(null);
    expect(root(ct).querySelector('[part=actions]')).to.equal(null);
    root(pt).querySelector('[part=decision]')!.remove();
    root(pt).querySelector('[part=actions]')!.remove();
    expect(shown(ct)).to.equal(shown(pt));
    // The facts themselves: the zone-less "since" read as Copenhagen time, and the step the decision
    // left open said as done, not late (the case is decided).
    expect(shown(ps)).to.contain('kl. 09:30');
    expect(shown(pt)).to.contain('Vi vurderer ansøgningen');
    expect(root(ct).querySelector('[part~="step-overdue"]')).to.equal(null);
    expect(root(ct).querySelector('[data-step-id=assessment] .klar-tag')!.textContent!.trim()).to.equal('Færdig');
  });

  it('tells the console what it left out of raw JSON set as the `case` property, as <klar-case> does for a fetched case; a parsed case is not told again', async () => {
    const raw = { id: uid('warn'), title: 'Byggetilladelse', status: { code: 'open' }, steps: [{ title: 'Vi vurderer', state: 'current', expected: '2026-13-45' }] };
    const warn = sinon.spy(console, 'warn');
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div lang="da">
        <klar-case-status now=${NOW} .case=${raw}></klar-case-status>
        <klar-expectation-timeline now=${NOW} .case=${raw}></klar-expectation-timeline>
        <klar-expectation-timeline now=${NOW} .case=${parseCase({ ...raw, id: uid('parsed') })}></klar-expectation-timeline>
      </div>`);
      await Promise.all(Array.from(wrap.children, (e) => (e as KlarCaseStatus).updateComplete));
      const said = warn.getCalls().map((c) => String(c.args[0])).filter((w) => w.includes('case data had problems'));
      expect(said).to.deep.equal([
        'klar-elements: <klar-case-status> case data had problems: steps[0].expected: not a valid date',
        'klar-elements: <klar-expectation-timeline> case data had problems: steps[0].expected: not a valid date',
      ]);
      // The step is shown, without the date it could not read.
      expect(shown(wrap.querySelector('klar-expectation-timeline')!)).to.contain('Vi vurderer');
    } finally {
      warn.restore();
    }
  });

  it('inside a failing <klar-case>, says the error once with one retry button, and later one stale notice', async () => {
    const failing = await fixture<KlarCase>(html`<klar-case lang="da" src=${`/api/case/seq/${uid('fail')}?codes=500`} .retry=${{ retries: 0 }}>
      <klar-case-status now=${NOW}></klar-case-status>
      <klar-expectation-timeline now=${NOW}></klar-expectation-timeline>
    </klar-case>`);
    await until(() => failing.state === 'error', { message: 'the error', timeout: 10_000 });
    await realSleep(50);
    expect(deepAll(failing, 'button').length, 'retry buttons').to.equal(1);
    expect(deepAll(failing, '[role="alert"], .klar-error, .klar-notice.error').length, 'error notices').to.be.at.most(1);
    expect((root(failing).textContent ?? '').includes('Prøv igen')).to.equal(true);

    const id = uid('stale');
    const stale = await fixture<KlarCase>(html`<klar-case lang="da" src=${`/api/case/seq/${id}?codes=200,500&fixture=klar/in-progress`} refresh="1" .retry=${{ retries: 0 }}>
      <klar-case-status now=${NOW}></klar-case-status>
      <klar-expectation-timeline now=${NOW}></klar-expectation-timeline>
    </klar-case>`);
    await requests(id, 2);
    await until(() => stale.state === 'stale', { message: 'the stale state', timeout: 10_000 });
    await realSleep(50);
    // Light DOM text (the provider's notice, light elements) plus every shadow root's.
    const text = (e: Element) => (e.textContent ?? '') + Array.from(e.querySelectorAll('*')).map((c) => c.shadowRoot?.textContent ?? '').join(' ');
    expect(text(stale).match(/vi kan ikke hente nye oplysninger/g)?.length, 'stale notices').to.equal(1);
    expect(deepAll(stale, 'button').filter((b) => /Prøv igen/.test(b.textContent ?? '')).length, 'retry buttons').to.equal(1);
    // The case is still on screen in the elements inside.
    expect(shown(stale.querySelector('klar-case-status')!)).to.contain('Under behandling');
  });
});
