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
    expect(root(el).textContent).to.contain('Vi svarer dig inden for');
  });

  it('a listener of klar-feedback-sent still reads what was sent in `values`', async () => {
    const el = await fixture<KlarFeedbackForm>(html`<klar-feedback-form id="fb" mode="report" action=${actionFor(testId())} min-time="0"></klar-feedback-form>`);
    await type(el, '#f-whatWentWrong', 'Knappen virker ikke.');
    let seen = '';
    el.addEventListener('klar-feedback-sent', () => (seen = el.values.whatWentWrong ?? ''));
    await send(el);
    await oneEvent(el, 'klar-feedback-sent');
    expect(seen).to.equal('Knappen virker ikke.');
    await el.updateComplete;
    expect(el.values.whatWentWrong).to.equal(undefined);
  });

  it('inside a <klar-case>, what was typed while the case was on its way is kept once it has come', async () => {
    // Nothing was written until a keystroke after the case came: a reload lost it (review of the change).
    const action = actionFor(testId());
    const inCase = () =>
      fixture<HTMLElement>(html`<klar-case src=${`/api/case/slow/${uid('slow')}?delays=1200&fixture=klar/received`}><klar-feedback-form id="fb" mode="report" action=${action}></klar-feedback-form></klar-case>`);
    let wrap = await inCase();
    let el = wrap.querySelector<KlarFeedbackForm>('klar-feedback-form')!;
    await until(() => !!el.querySelector('textarea'), { message: 'the form' });
    expect((wrap as unknown as { state: string }).state, 'still loading').to.equal('loading');
    await type(el, '#f-whatWentWrong', 'Skrevet mens sagen hentes.');
    expect(drafts(), 'nothing written before the case').to.have.length(0);
    await until(() => drafts().length === 1, { message: 'written once the case came', timeout: 8000 });
    wrap.remove();
    wrap = await inCase();
    el = wrap.querySelector<KlarFeedbackForm>('klar-feedback-form')!;
    await until(() => text(el, '#f-whatWentWrong') === 'Skrevet mens sagen hentes.', { message: 'back after the reload', timeout: 8000 });
  });

  it('inside a <klar-case> that could not load its case, no draft is kept: the next citizen whose case fails too gets none', async () => {
    const action = actionFor(testId());
    const failing = () =>
      fixture<HTMLElement>(html`<klar-case .retry=${{ retries: 0 }} src=${`/api/case/seq/${uid('err')}?codes=500&fixture=klar/received`}><klar-feedback-form id="fb" mode="report" action=${action}></klar-feedback-form></klar-case>`);
    let wrap = await failing();
    let el = wrap.querySelector<KlarFeedbackForm>('klar-feedback-form')!;
    await until(() => (wrap as unknown as { state: string }).state === 'error' && !!el.querySelector('textarea'), { message: 'the failed case', timeout: 8000 });
    await type(el, '#f-whatWentWrong', 'Borger A: Min søn har ADHD.');
    wrap.remove();
    expect(drafts()).to.have.length(0);
    wrap = await failing();
    el = wrap.querySelector<KlarFeedbackForm>('klar-feedback-form')!;
    await until(() => (wrap as unknown as { state: string }).state === 'error' && !!el.querySelector('textarea'), { message: 'the next failed case', timeout: 8000 });
    await el.updateComplete;
    expect(text(el, '#f-whatWentWrong')).to.equal('');
  });

  it('a page that shows the form another case: the last case\'s words stay in its own draft, and come back with it', async () => {
    // They were written into the new case's draft and would have been sent with its reference.
    const action = actionFor(testId());
    const el = await fixture<KlarFeedbackForm>(html`<klar-feedback-form id="fb" mode="report" case-reference="BYG-2026-0001" action=${action}></klar-feedback-form>`);
    await type(el, '#f-whatWentWrong', 'Om sag 1.');
    el.setAttribute('case-reference', 'BYG-2026-0002');
    await el.updateComplete;
    await el.updateComplete;
    expect(text(el, '#f-whatWentWrong'), 'case 2').to.equal('');
    await type(el, '#f-whatWentWrong', 'Om sag 2.');
    expect(drafts()).to.have.length(2);
    el.setAttribute('case-reference', 'BYG-2026-0001');
    await el.updateComplete;
    await el.updateComplete;
    expect(text(el, '#f-whatWentWrong'), 'case 1 again').to.equal('Om sag 1.');
  });
});
