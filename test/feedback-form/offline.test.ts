// The code a send needs arrives on demand (src/feedback-form/feedback-sending.ts, the CPR
// detector, feedback-more.ts): on the citizen's first sign of use, so a click after the network
// went away finds it here; a send that could not fetch it offline waits for the network, as any
// offline send does. A page of its own: no other test's form fetches anything meanwhile.
import { expect, oneEvent } from '@open-wc/testing';
import { setPiiImport, type PiiDetector } from '../../src/core/pii-lazy.js';
import { feedbackMore, type FeedbackMore } from '../../src/feedback-form/feedback-more-lazy.js';
import { until } from '../helpers/until.js';
import { $, click, makeForm, maybe, realWait, records, testId, type, root } from './helpers.js';

/** The resources the page fetched whose URL contains `part`. */
const fetched = (part: string) => performance.getEntriesByType('resource').filter((e) => e.name.includes(part));

/** A test id without digits: the draft key (action URL and form id) then needs no detector. */
const letters = () => testId().replace(/\d/g, (d) => 'abcdefghij'[Number(d)]);

/** Makes `import()` of the detector succeed only while `net.up`, as a CDN chunk does offline; `loads` counts the imports. */
function detectorOnline(net: { up: boolean; loads: number }): void {
  setPiiImport(() => {
    net.loads++;
    return net.up ? (import('../../src/core/pii.js') as Promise<PiiDetector>) : Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  });
}

/** Text as read, white space as one space. */
const shown = (el: Element) => el.textContent!.replace(/\s+/g, ' ');

const goOffline = () => Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
function goOnline(): void {
  delete (navigator as { onLine?: boolean }).onLine;
  window.dispatchEvent(new Event('online'));
}

describe('klar-feedback-form: the code a send needs, and the network going away', () => {
  afterEach(() => {
    delete (navigator as { onLine?: boolean }).onLine;
    setPiiImport();
    feedbackMore.setImport();
    sessionStorage.clear();
  });

  it('fetches the sending code and the detector on the first sign of use, so a click after the network went away is sent when it is back', async () => {
    const net = { up: true, loads: 0 };
    detectorOnline(net);
    const t = letters(); // no digits: the draft key needs no detector
    const el = await makeForm({ t });
    await realWait(100);
    expect(net.loads, 'nothing before any sign of use').to.equal(0);
    expect(fetched('/src/feedback-form/feedback-sending.'), 'this test runs first on its page').to.have.length(0);
    $(el, 'section').dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
    await until(() => net.loads > 0, { message: 'the detector asked for on the pointer' });
    await until(() => fetched('/src/feedback-form/feedback-sending.').length > 0, { message: 'the sending code fetched on the pointer' });
    await el.updateComplete;
    net.up = false;
    goOffline();
    await click(el, '#f-helped-no');
    await realWait(300);
    expect((await records(t)).answers.attempts, 'nothing leaves while offline').to.have.length(0);
    // Said beside the answer, and to a screen reader: it looked sent, and a citizen who left lost it.
    const waiting = 'Du svarede: Nej. Du har ingen internetforbindelse lige nu. Vi sender dit svar, så snart forbindelsen er tilbage.';
    await until(() => shown(el).includes(waiting), { message: 'the answer said to wait for the network' });
    expect(shown($(el, '[role=status]'))).to.contain('Vi sender dit svar, så snart forbindelsen er tilbage.');
    goOnline();
    await until(() => shown(el).includes('Du svarede: Nej. Tak. Dit svar er gemt.'), { message: 'the answer sent once online' });
    expect(shown(el), 'the wait no longer said').to.not.contain('Vi sender dit svar');
    expect((await records(t)).answers.count).to.equal(1);
  });

  it('offline, "Nej" before the form could fetch its comment step: says so, and once online draws it and sends the answer', async () => {
    const net = { up: false, loads: 0 };
    detectorOnline(net);
    feedbackMore.setImport(() => (net.up ? (import('../../src/feedback-form/feedback-more.js') as Promise<FeedbackMore>) : Promise.reject(new TypeError('offline'))));
    const t = letters(); // no digits: the draft key needs no detector
    const el = await makeForm({ t });
    goOffline();
    $(el, '#f-helped-no').click();
    await until(() => maybe(el, '#questions-failed'), { message: 'the plain message' });
    await realWait(200);
    net.up = true;
    goOnline();
    await until(() => root(el).textContent!.includes('Tak. Dit svar er gemt.'), { message: 'the comment step, and the answer sent once online' });
    expect(maybe(el, '#f-comment')).to.not.equal(null);
    const r = await records(t);
    expect(r.answers.count).to.equal(1);
    expect(r.answers.records[0].body.answers).to.deep.equal({ helped: 'no' });
  });

  it('offline, "Send" before the sending code could be fetched waits for the network with the offline note, then sends answer and comment, linked', async () => {
    const net = { up: false, loads: 0 };
    detectorOnline(net);
    const t = letters(); // no digits: the draft key needs no detector
    const el = await makeForm({ t });
    goOffline();
    await click(el, '#f-helped-no');
    await type(el, '#f-comment', 'Skrevet i toget');
    const sent = oneEvent(el, 'klar-feedback-sent');
    $(el, 'button[type=submit]').click();
    const note = (await until(() => maybe(el, '#offline'), { message: 'the offline note' }))!;
    expect(note.textContent).to.contain('Vi sender din besked, så snart forbindelsen er tilbage');
    expect(maybe(el, '#failed'), 'no failure: it waits').to.equal(null);
    await realWait(200);
    const before = await records(t);
    expect(before.attempts.length + before.answers.attempts.length, 'nothing leaves while offline').to.equal(0);
    net.up = true;
    goOnline();
    await sent;
    const r = await records(t);
    expect(r.answers.count).to.equal(1);
    expect(r.count).to.equal(1);
    expect(r.records[0].body.answerTo).to.equal(r.answers.records[0].receipt);
    expect(r.records[0].body.answers).to.deep.equal({ comment: 'Skrevet i toget' });
  });
});
