// A shared computer (a library PC, a family tablet): what one citizen typed and did not send must
// not come back to the next one (privacy review, stop 58: a draft kept by action and form id only
// came back in another citizen's case, name, phone and health details included, and that
// citizen's comment was stored linked to the first one's answer).
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/klar-case.js';
import type { KlarFeedbackForm } from '../../src/klar-feedback-form.js';
import { DRAFT_PREFIX, clearDrafts } from '../../src/core/draft-storage.js';
import { clearDrafts as fromCore } from '../../src/core.js';
import { $, actionFor, click, root, send, testId, type } from './helpers.js';
import { fixtureJson, putDoc, uid } from '../case/helpers.js';
import { until } from '../helpers/until.js';

beforeEach(() => sessionStorage.clear());
afterEach(() => sessionStorage.clear());

const drafts = (): string[] => Object.keys(sessionStorage).filter((k) => k.startsWith(DRAFT_PREFIX));
const text = (el: KlarFeedbackForm, sel: string): string => ($(el, sel) as HTMLTextAreaElement).value;

describe('klar-feedback-form on a shared computer', () => {
  it('keeps a draft to its case: the form of another case starts empty, and its own case gets it back', async () => {
    const action = actionFor(testId());
    const form = (ref: string) => fixture<KlarFeedbackForm>(html`<klar-feedback-form id="fb" mode="report" case-ref=${ref} action=${action}></klar-feedback-form>`);
    let el = await form('BOL-2026-0893');
    await type(el, '#f-whatWentWrong', 'Jeg er Jens Hansen. Min søn har ADHD.');
    expect(drafts()).to.have.length(1);
    el.remove();
    el = await form('AFG-2026-1188');
    expect(text(el, '#f-whatWentWrong'), 'another case').to.equal('');
    expect(root(el).textContent).not.to.contain('Vi har husket');
    el.remove();
    el = await form('BOL-2026-0893');
    expect(text(el, '#f-whatWentWrong'), 'its own case').to.equal('Jeg er Jens Hansen. Min søn har ADHD.');
  });

  it('inside a <klar-case>, the draft waits for the case: not shown in another case, back with its own', async () => {
    const action = actionFor(testId());
    const doc = await fixtureJson('klar/received');
    const [a, b] = [uid('a'), uid('b')];
    await putDoc(a, { ...doc, id: a, reference: 'BYG-2026-1111' });
    await putDoc(b, { ...doc, id: b, reference: 'BYG-2026-2222' });
    const inCase = async (id: string) => {
      const wrap = await fixture<HTMLElement>(html`<klar-case src=${`/api/case/doc/${id}`}><klar-feedback-form id="fb" mode="report" action=${action}></klar-feedback-form></klar-case>`);
      const el = wrap.querySelector<KlarFeedbackForm>('klar-feedback-form')!;
      await until(() => (wrap as unknown as { state: string }).state === 'ready', { message: `case ${id}` });
      await el.updateComplete;
      await el.updateComplete;
      return { wrap, el };
    };
    let { wrap, el } = await inCase(a);
    await type(el, '#f-whatWentWrong', 'Ring til mig, Jens.');
    wrap.remove();
    ({ wrap, el } = await inCase(b));
    expect(text(el, '#f-whatWentWrong'), 'another case').to.equal('');
    wrap.remove();
    ({ wrap, el } = await inCase(a));
    await until(() => text(el, '#f-whatWentWrong') !== '', { message: 'the draft of case a' });
    expect(text(el, '#f-whatWentWrong')).to.equal('Ring til mig, Jens.');
  });

  it('clearDrafts() (klar-elements/core), for a portal\'s log-out, deletes every draft in the tab', async () => {
    expect(fromCore).to.equal(clearDrafts);
    const action = actionFor(testId());
    const el = await fixture<KlarFeedbackForm>(html`<klar-feedback-form id="fb" mode="report" action=${action}></klar-feedback-form>`);
    await type(el, '#f-whatWentWrong', 'Noget privat');
    sessionStorage.setItem('not-ours', 'kept');
    expect(drafts()).to.have.length(1);
    clearDrafts();
    expect(drafts()).to.have.length(0);
    expect(sessionStorage.getItem('not-ours')).to.equal('kept');
    el.remove();
    const again = await fixture<KlarFeedbackForm>(html`<klar-feedback-form id="fb" mode="report" action=${action}></klar-feedback-form>`);
    expect(text(again, '#f-whatWentWrong')).to.equal('');
  });

  it('after sending, what the citizen typed is no longer in the page (a Back press brings the page back from the cache)', async () => {
    const el = await fixture<KlarFeedbackForm>(html`<klar-feedback-form id="fb" mode="report" action=${actionFor(testId())} min-time="0"></klar-feedback-form>`);
    await type(el, '#f-whatWentWrong', 'Upload fejler. Min datter har diabetes.');
    await click(el, '#f-wantsAnswer');
    await type(el, '#f-email', 'jens.hansen@example.dk');
    await send(el);
    await oneEvent(el, 'klar-feedback-sent');
    await el.updateComplete;
    expect(JSON.stringify(el.values)).not.to.contain('diabetes').and.not.to.contain('jens.hansen');
    const fields = [...el.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((f) => f.value).join(' ');
    expect(fields).not.to.contain('diabetes').and.not.to.contain('jens.hansen');
    // The thank-you page still says what it says for a message that asked for an answer.
    expect(root(el).textContent).to.match(/svar/i);
  });
});
