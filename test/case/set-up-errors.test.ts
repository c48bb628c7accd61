// Set-up errors of <klar-case> that once looked like the citizen's network: four retries over
// ten seconds, then "Tjek din internetforbindelse".
import { root } from '../helpers/root.js';
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/klar-case.js';
import '../../src/klar-case-status.js';
import '../../src/klar-case-list.js';
import type { KlarCase } from '../../src/klar-case.js';
import { attach, realSleep, recordEvents, serverLog, uid, watchWarnings } from './helpers.js';
import { until } from '../helpers/until.js';

/** The same test server under its other name: 127.0.0.1 ↔ localhost is another origin. */
function otherOrigin(): string {
  const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
  return `${location.protocol}//${other}:${location.port}`;
}

describe('<klar-case> set-up errors', () => {
  let warn: sinon.SinonStub;
  watchWarnings((w) => (warn = w));

  it('an invalid credentials value is a set-up error: the plain notice, a warning naming the attribute, no request', async () => {
    const id = uid();
    const el = document.createElement('klar-case');
    const events = recordEvents(el);
    el.setAttribute('credentials', 'yes-please');
    el.src = `/api/case/seq/${id}?codes=200&fixture=klar/received`;
    el.append(document.createElement('klar-case-status'));
    attach(el);
    await until(() => el.state === 'error', { message: 'the configuration error', timeout: 3000 });
    await el.updateComplete;
    expect(events.map((e) => [e.type, e.detail.reason])).to.deep.equal([['klar-case-error', 'configuration']]);
    const text = root(el).textContent!;
    expect(text).to.contain('Siden er ikke sat rigtigt op');
    expect(text).not.to.contain('internet');
    expect(warn.getCalls().map((c) => String(c.args[0])).filter((m) => /credentials/.test(m))).to.have.length(1);
    expect(String(warn.getCalls().find((c) => /credentials/.test(String(c.args[0])))!.args[0])).to.contain('credentials must be omit, same-origin or include; "yes-please" is not.');
    await realSleep(300);
    expect(await serverLog(id)).to.deep.equal([]);
  });

  it('data in another format than `format` is a set-up error that says which format to set, in the error and the console: ZGW read as klar, klar read as Open311, a list of Open311 requests read as klar', async () => {
    const cases: [string, string, string, string][] = [
      ['klar-case', '/api/case/fixture/zgw/zaak-bare', '', 'zgw'],
      ['klar-case', '/api/case/fixture/klar/received', 'open311', 'klar'],
      ['klar-case-list', '/api/case/fixture/open311/request', '', 'open311'],
    ];
    for (const [tag, src, format, expected] of cases) {
      warn.resetHistory();
      const el = document.createElement(tag) as KlarCase;
      const events = recordEvents(el);
      el.retry = { retries: 0 };
      if (format) el.setAttribute('format', format);
      el.src = src;
      attach(el);
      await until(() => events.length > 0, { message: `${tag} ${src}: the error`, timeout: 8000 });
      expect(events[0].type, src).to.equal('klar-case-error');
      // The page's set-up, said as such, with no "Prøv igen" that could never help.
      expect(events[0].detail.reason, src).to.equal('configuration');
      expect(el.textContent, src).to.contain('Siden er ikke sat rigtigt op');
      expect(el.querySelector('[part=retry]'), src).to.equal(null);
      expect(events[0].detail.message, src).to.contain(`It looks like ${expected} data: set format="${expected}"`);
      expect(warn.getCalls().map((c) => String(c.args[0])).some((m) => m.includes(`set format="${expected}"`)), `${src}: the console`).to.equal(true);
      el.remove();
    }
  });

  it('misspelt values are said in the console, not taken in silence: refresh="1m", an events-src the server refuses (404), a status variant="compakt"', async () => {
    // Each was accepted quietly (integrator audit): no refresh, live updates off, the full status.
    const said = () => warn.getCalls().map((c) => String(c.args[0]));
    const el = document.createElement('klar-case') as KlarCase;
    el.setAttribute('refresh', '1m');
    el.setAttribute('events-src', `/api/no-such-stream/${uid()}`);
    el.src = `/api/case/seq/${uid()}?codes=200&fixture=klar/received`;
    const status = document.createElement('klar-case-status');
    status.setAttribute('variant', 'compakt');
    el.append(status);
    attach(el);
    await until(() => said().some((m) => m.includes('event stream')), { message: 'the refused stream said', timeout: 8000 });
    await status.updateComplete;
    expect(said().filter((m) => m.includes('<klar-case> refresh="1m" is not a number from 0.1 to 86400; using 0.'))).to.have.length(1);
    expect(said().find((m) => m.includes('event stream'))).to.match(/^klar-elements: the event stream at \/api\/no-such-stream\/\S+ was refused \(an HTTP error such as 404, or not text\/event-stream\): polling instead\.$/);
    expect(said().filter((m) => m.includes('variant="compakt" is unknown; using "full". Valid: full, compact.'))).to.have.length(1);
    expect(status.variant).to.equal('full');
    // The case is shown all the same, in full.
    expect(root(status).querySelector('.klar-full')).to.not.equal(null);
  });

  it('a cross-origin src the browser may not read warns that CORS or connect-src is the likely cause, and keeps the citizen’s text', async () => {
    const el = document.createElement('klar-case') as KlarCase;
    const events = recordEvents(el);
    el.retry = { retries: 0 };
    // The test server's fixture route sends no Access-Control-Allow-Origin.
    el.src = `${otherOrigin()}/api/case/fixture/klar/received`;
    attach(el);
    await until(() => el.state === 'error', { message: 'the network error', timeout: 8000 });
    await el.updateComplete;
    expect(events.map((e) => [e.type, e.detail.reason])).to.deep.equal([['klar-case-error', 'network']]);
    // Not "Tjek dit internet": the browser is online, and the citizen's internet works (integrator review, stop 54).
    expect(root(el).textContent).to.contain('Vores system svarer ikke. Prøv igen senere.').and.not.contain('Tjek dit internet');
    const cors = warn.getCalls().map((c) => String(c.args[0])).filter((m) => /CORS/.test(m));
    expect(cors).to.have.length(1);
    expect(cors[0]).to.contain(otherOrigin()).and.to.contain('connect-src');
  });
});
