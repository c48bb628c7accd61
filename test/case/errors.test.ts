// What a citizen reads when <klar-case> cannot load the case: what happened and what to do,
// whom to contact, and never an HTTP status code (that goes to the event and the console).
import { root } from '../helpers/root.js';
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/klar-case.js';
import '../../src/klar-case-status.js';
import '../../src/klar-expectation-timeline.js';
import type { KlarCase } from '../../src/klar-case.js';
import { caseMessages } from '../../src/translations/case.js';
import { lix } from '../helpers/lix.js';
import { attach, recordEvents, uid, visibleText, watchWarnings } from './helpers.js';
import { until } from '../helpers/until.js';

const THREE_DIGITS = /(?<!\d)\d{3}(?!\d)/;

function mount(code: number, lang = 'da', attrs: Record<string, string> = {}): { el: KlarCase; events: { type: string; detail: any }[] } {
  const el = document.createElement('klar-case');
  const events = recordEvents(el);
  for (const [k, v] of Object.entries({ 'contact-phone': '33 66 33 66', 'contact-url': 'https://kommune.example/kontakt', 'login-url': 'https://kommune.example/login', ...attrs })) {
    el.setAttribute(k, v);
  }
  el.retry = { retries: 0 };
  el.append(document.createElement('klar-case-status'));
  el.src = `/api/case/seq/${uid()}?codes=${code}`;
  attach(el, lang);
  return { el, events };
}

const EXPECTED: Record<number, { reason: string; da: string; en: string; contact: boolean; login: boolean }> = {
  401: { reason: 'unauthorized', da: 'Du er blevet logget ud', en: 'You have been logged out', contact: false, login: true },
  // Logged in, but not with access to this case: "Du er blevet logget ud" sent the citizen round a login loop (failure review).
  403: { reason: 'unauthorized', da: 'Du har ikke adgang til sagen', en: 'You do not have access to this case', contact: true, login: true },
  404: { reason: 'not-found', da: 'Vi kan ikke finde sagen', en: 'We cannot find the case', contact: true, login: false },
  410: { reason: 'not-found', da: 'Vi kan ikke finde sagen', en: 'We cannot find the case', contact: true, login: false },
  500: { reason: 'http', da: 'Prøv igen senere.', en: 'Please try again later.', contact: true, login: false },
  503: { reason: 'http', da: 'Prøv igen senere.', en: 'Please try again later.', contact: true, login: false },
};

describe('<klar-case> errors a citizen understands', () => {
  let warn: sinon.SinonStub;
  watchWarnings((w) => (warn = w));

  for (const [code, want] of Object.entries(EXPECTED).map(([c, w]) => [Number(c), w] as const)) {
    it(`${code}: says "${want.da}" without the code; the code goes to the event and the console`, async () => {
      const { el, events } = mount(code);
      await until(() => el.state === 'error', { message: 'error' });
      await el.updateComplete;
      const text = visibleText(el);
      expect(text).to.contain(want.da);
      expect(text).to.not.match(THREE_DIGITS);
      expect(events.map((e) => e.type)).to.deep.equal(['klar-case-error']);
      expect(events[0].detail).to.include({ reason: want.reason, status: code, stale: false });
      expect(warn.calledWithMatch(new RegExp(`HTTP ${code}`))).to.equal(true);

      const r = root(el);
      expect(r.querySelectorAll('[part=notice]')).to.have.length(1);
      expect(r.querySelectorAll('[part=retry]')).to.have.length(1);
      expect(text.includes('Ring til os på 33 66 33 66')).to.equal(want.contact);
      // translate=no: page translation leaves the number as written, to be read back.
      expect(!!r.querySelector('a[href="tel:33663366"][translate=no]')?.checkVisibility()).to.equal(want.contact);
      expect(!!r.querySelector('a[href="https://kommune.example/kontakt"]')?.checkVisibility()).to.equal(want.contact);
      const login = r.querySelector<HTMLAnchorElement>('[part=login]');
      expect(!!login).to.equal(want.login);
      if (login) expect([login.getAttribute('href'), login.textContent]).to.deep.equal(['https://kommune.example/login', 'Log ind igen']);
      await expect(el).to.be.accessible();
    });

    it(`${code}: in English, "${want.en}" without the code`, async () => {
      const { el } = mount(code, 'en');
      await until(() => el.state === 'error', { message: 'error' });
      await el.updateComplete;
      const text = visibleText(el);
      expect(text).to.contain(want.en);
      expect(text).to.not.match(THREE_DIGITS);
    });
  }

  it('a network failure and a timeout say "try again later" with the contact, no code', async () => {
    const el = document.createElement('klar-case');
    el.retry = { retries: 0 };
    el.setAttribute('contact-phone', '33 66 33 66');
    el.src = 'http://127.0.0.1:9/cases/1';
    attach(el);
    await until(() => el.state === 'error', { message: 'error' });
    await el.updateComplete;
    expect(visibleText(el)).to.contain('Vores system svarer ikke. Prøv igen senere.').and.contain('Ring til os på 33 66 33 66');

    const slow = document.createElement('klar-case');
    Object.assign(slow, { retry: { retries: 0 }, timeout: 0.3, src: `/api/case/hang/${uid()}` });
    attach(slow);
    await until(() => slow.state === 'error', { message: 'timeout' });
    await slow.updateComplete;
    expect(visibleText(slow)).to.contain('Vores system svarer ikke. Prøv igen senere.');
  });

  it('shows the contact slot instead of the attributes', async () => {
    const el = await fixture<KlarCase>(html`<klar-case .retry=${{ retries: 0 }} contact-phone="33 66 33 66" src="/api/case/seq/${uid()}?codes=404">
      <p slot="contact">Ring til Borgerservice på 70 20 30 40.</p>
    </klar-case>`);
    await until(() => el.state === 'error', { message: 'error' });
    await el.updateComplete;
    const text = visibleText(el);
    expect(text).to.contain('Ring til Borgerservice på 70 20 30 40.');
    expect(text).to.not.contain('33 66 33 66');
  });

  it('says the page is not set up, and warns once what to set, when it has no src a task after it was added', async () => {
    // No src, or src="" (a CMS variable left empty), once showed "Henter oplysninger om din sag …"
    // for ever: no warning, no klar-case-error.
    for (const src of [undefined, '']) {
      const el = document.createElement('klar-case');
      if (src !== undefined) el.setAttribute('src', src);
      const events = recordEvents(el);
      el.append(document.createElement('klar-case-status'));
      attach(el);
      await until(() => el.state === 'error', { message: `the configuration error (src=${String(src)})` });
      await el.updateComplete;
      const text = visibleText(el);
      expect(text).to.contain('Siden er ikke sat rigtigt op');
      expect(text).not.to.contain('Henter oplysninger');
      expect(events.map((e) => [e.type, e.detail.reason])).to.deep.equal([['klar-case-error', 'configuration']]);
      // Trying again cannot mend the page's set-up: no "Prøv igen".
      expect(root(el).querySelectorAll('[part=retry]')).to.have.length(0);
    }
    expect(warn.getCalls().map((c) => String(c.args[0])).filter((w) => w.includes('http(s) URL'))).to.deep.equal([
      'klar-elements: could not load the case: src must be an http(s) URL; "" is not fetched.',
    ]);
  });

  it('loads a src set by script after it was added, and after a configuration error', async () => {
    const soon = document.createElement('klar-case');
    const events = recordEvents(soon);
    soon.append(document.createElement('klar-case-status'));
    attach(soon);
    await Promise.resolve();
    soon.src = '/test/fixtures/klar/in-progress.json';
    await until(() => soon.state === 'ready', { message: 'the case' });
    expect(events.map((e) => e.type)).to.deep.equal(['klar-case-load']);
    const late = attach(document.createElement('klar-case'));
    await until(() => late.state === 'error', { message: 'the configuration error' });
    late.src = '/test/fixtures/klar/in-progress.json';
    await until(() => late.state === 'ready', { message: 'the case after all' });
  });

  it('hides the slotted contact while nothing is wrong', async () => {
    const el = await fixture<KlarCase>(html`<klar-case><p slot="contact">Ring til Borgerservice.</p></klar-case>`);
    await el.updateComplete;
    expect(visibleText(el)).to.not.contain('Borgerservice');
  });

  it('drops a contact or login URL that is not http(s), and a phone that is not a number', async () => {
    const { el } = mount(404, 'da', { 'contact-phone': '+45 33?cc=x', 'contact-url': 'javascript:alert(1)' });
    await until(() => el.state === 'error', { message: 'error' });
    await el.updateComplete;
    expect(root(el).querySelectorAll('a')).to.have.length(0);
    const { el: out } = mount(401, 'da', { 'login-url': 'javascript:alert(1)' });
    await until(() => out.state === 'error', { message: 'error' });
    await out.updateComplete;
    expect(root(out).querySelector('[part=login]')).to.equal(null);
    expect(visibleText(out)).to.contain('Du er blevet logget ud');
  });

  it('keeps every Danish notice easy to read (LIX 40 or less), read as the citizen sees it', () => {
    const da: Record<string, string> = caseMessages.da;
    const kinds = Object.keys(da)
      .filter((k) => k.endsWith('.title'))
      .map((k) => k.slice('case.error.'.length, -'.title'.length));
    expect(kinds).to.have.length(8);
    for (const kind of kinds) {
      const notice = `${da[`case.error.${kind}.title`]}. ${da[`case.error.${kind}`]} ${da['case.contact.phone']} 33 66 33 66. ${da['case.contact.url']}. ${da['case.login']}.`;
      expect(lix(notice), notice).to.be.at.most(40);
    }
  });

  /** Every "Prøv igen" button on the page, in every shadow root. */
  function retryButtons(root: Element): HTMLButtonElement[] {
    const all: HTMLButtonElement[] = [];
    const visit = (node: Element | ShadowRoot) => {
      for (const b of node.querySelectorAll('button')) if (b.textContent?.includes('Prøv igen') && b.checkVisibility()) all.push(b);
      for (const inner of node.querySelectorAll('*')) if (inner.shadowRoot) visit(inner.shadowRoot);
    };
    visit(root.parentElement!);
    return all;
  }

  /** A provider with a status and a timeline whose requests get `codes`, once it is in `state`; `setup` runs before it connects. */
  async function failingProvider(codes: string, state: 'error' | 'stale', setup: (el: KlarCase) => void = () => {}): Promise<KlarCase> {
    const el = document.createElement('klar-case');
    el.retry = { retries: 0 };
    el.refresh = 0.5;
    el.append(document.createElement('klar-case-status'), document.createElement('klar-expectation-timeline'));
    setup(el);
    el.src = `/api/case/seq/${uid()}?codes=${codes}`;
    attach(el);
    await until(() => el.state === state, { message: state, timeout: 5000 });
    await el.updateComplete;
    for (const child of el.children) await (child as KlarCase).updateComplete;
    return el;
  }

  it('inside a failing provider with a status and a timeline: one error, one retry button, no code', async () => {
    const el = await failingProvider('503', 'error');
    const text = visibleText(el);
    expect(text.match(/Vi kan ikke vise din sag lige nu/g)).to.have.length(1);
    expect(text).to.not.match(THREE_DIGITS);
    expect(retryButtons(el)).to.have.length(1);
  });

  it('offers the login link when a refresh finds the citizen logged out, and keeps the case', async () => {
    const el = await failingProvider('200,401', 'stale', (p) => p.setAttribute('login-url', 'https://kommune.example/login'));
    expect(el.case!.reference).to.equal('BYG-2026-0412');
    expect(root(el).querySelector('[part=login]')!.getAttribute('href')).to.equal('https://kommune.example/login');
    expect(visibleText(el)).to.not.match(THREE_DIGITS);
    // Why there are no new facts, said once: "Log ind igen" alone beside "vi kan ikke hente nye
    // oplysninger lige nu" did not say the login had ended (failure review, left in stop 55).
    expect(visibleText(el).match(/Du er blevet logget ud\./g)).to.have.length(1);
  });

  it('says a refresh refused with 403 is a login without access, and keeps the case', async () => {
    const el = await failingProvider('200,403', 'stale', (p) => p.setAttribute('login-url', 'https://kommune.example/login'));
    expect(el.case!.reference).to.equal('BYG-2026-0412');
    expect(visibleText(el).match(/Du har ikke adgang til sagen\./g)).to.have.length(1);
    expect(visibleText(el)).to.not.contain('logget ud');
  });

  it('says "we cannot get new information" without a code when a refresh fails, once, with one retry button', async () => {
    const el = await failingProvider('200,503', 'stale');
    const text = visibleText(el);
    expect(text.match(/vi kan ikke hente nye oplysninger lige nu/g)).to.have.length(1);
    expect(text).to.not.contain('logget ud').and.not.contain('adgang');
    expect(text).to.not.match(THREE_DIGITS);
    expect(retryButtons(el)).to.have.length(1);
  });
});
