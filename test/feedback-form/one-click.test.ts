// One-click answers, their follow-up comment, reloads mid-send and case-aware messages,
// against the reference server's own handler and store (POST /api/real-feedback, see
// test/helpers/routes/feedback.js): what is checked here is what the real server keeps.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/klar-feedback-form.js';
import '../../src/klar-case.js';
import type { KlarFeedbackForm } from '../../src/feedback-form/feedback-form.js';
import { until } from '../helpers/until.js';
import { $, click, makeForm, maybe, realWait, records, send, testId, type, focusedId, root } from './helpers.js';

interface RealRecords {
  count: number;
  records: { receipt: string; idempotencyKey?: string; linksTo?: string; feedback: Record<string, any> }[];
  /** The Ja/Nej as the reference server's insights count them. */
  helped: Record<string, number>;
}

async function stored(t: string): Promise<RealRecords> {
  return (await fetch(`/api/real-feedback/records?t=${t}`)).json();
}

/**
 * A form posting to the real handler and store; `hold` keeps the first request waiting that long,
 * `unavailable` answers the first n requests 503 (nothing stored), `lose` loses the responses of the
 * next n requests (stored, never answered); `attrs` are set on it.
 */
async function realForm(t: string, opts: { mode?: string; hold?: number; unavailable?: number; lose?: number; id?: string; attrs?: Record<string, string> } = {}): Promise<KlarFeedbackForm> {
  const action = `/api/real-feedback?t=${t}${opts.hold ? `&hold=${opts.hold}` : ''}${opts.unavailable ? `&unavailable=${opts.unavailable}` : ''}${opts.lose ? `&lose=${opts.lose}` : ''}`;
  const el = await fixture<KlarFeedbackForm>(html`<klar-feedback-form id=${opts.id ?? `f-${t}`} mode=${opts.mode ?? 'quick'} action=${action} min-time="0" retry-delay="10"></klar-feedback-form>`);
  for (const [k, v] of Object.entries(opts.attrs ?? {})) el.setAttribute(k, v);
  await el.updateComplete;
  return el;
}

/** Reloads the form as a page reload would: the element goes, a new one with the same id, action, timeout and retries reads the draft. */
async function reload(el: KlarFeedbackForm): Promise<KlarFeedbackForm> {
  const { id, mode } = el;
  const action = el.getAttribute('action')!;
  // In the markup, not set afterwards: the new form resends a restored answer as it first draws.
  const timeout = el.getAttribute('timeout') ?? undefined;
  const retries = el.getAttribute('retries') ?? undefined;
  el.remove();
  return fixture<KlarFeedbackForm>(
    html`<klar-feedback-form id=${id} mode=${mode} action=${action} timeout=${ifDefined(timeout)} retries=${ifDefined(retries)} min-time="0" retry-delay="10"></klar-feedback-form>`,
  );
}

const shown = (el: KlarFeedbackForm) => root(el).textContent!.replace(/\s+/g, ' ');

/** What a page listening to the form hears: each stored answer's and each sent message's detail, in order. */
function heard(el: KlarFeedbackForm): { answers: unknown[]; sent: unknown[] } {
  const answers: unknown[] = [];
  const sent: unknown[] = [];
  el.addEventListener('klar-feedback-answer', (e) => answers.push(e.detail));
  el.addEventListener('klar-feedback-sent', (e) => sent.push(e.detail));
  return { answers, sent };
}

/** The answer and its follow-up, checked to be stored in that order and linked by the answer's receipt. */
async function linkedPair(t: string): Promise<RealRecords['records']> {
  const r = await stored(t);
  expect(r.count).to.equal(2);
  const [answer, follow] = r.records;
  expect(follow.linksTo, 'linked in the store').to.equal(answer.receipt);
  expect(follow.feedback.answerTo).to.equal(answer.receipt);
  expect(r.records.filter((x) => x.feedback.answers.helped).length, 'the answer counted once').to.equal(1);
  return r.records;
}

/** Writes `comment`, sends it, and checks that it was stored as the follow-up of the answer stored before it. */
async function commentIsLinked(el: KlarFeedbackForm, t: string, comment: string): Promise<void> {
  await type(el, '#f-comment', comment);
  const sent = oneEvent(el, 'klar-feedback-sent');
  await send(el);
  await sent;
  await linkedPair(t);
}

afterEach(() => sessionStorage.clear());

describe('klar-feedback-form: one-click answers (real store)', function () {
  // Real store, real timers, real network: on a busy 2-core machine WebKit takes many times its quiet time.
  this.timeout(60_000);
  it('one click on "Ja" stores one record within 2 s and says so', async () => {
    const t = testId();
    const el = await realForm(t);
    // "At once" without a stopwatch (a wall-clock bound fails on a loaded machine, not on a
    // defect): with every timer of the page held, the click alone must reach the store. An
    // answer sent only after a debounce, an idle wait or when the page is left never arrives.
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout'] });
    try {
      await click(el, '#f-helped-yes');
      await until(async () => (await stored(t)).count === 1, { timeout: 10_000, message: 'the answer stored with every timer held' });
    } finally {
      clock.restore();
    }
    const r = await stored(t);
    expect(r.records[0].feedback.mode).to.equal('quick');
    expect(r.records[0].feedback.answers).to.deep.equal({ helped: 'yes' });
    expect(r.records[0].idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    await until(() => shown(el).includes('Tak. Dit svar er gemt.'), { timeout: 10_000, message: 'the answer confirmed' });
    expect(shown(el)).to.contain('Du svarede: Ja.');
    await realWait(300);
    expect((await stored(t)).count).to.equal(1);
  });

  it('a comment sent afterwards is linked to the answer by its id, and the answer is counted once', async () => {
    const t = testId();
    const el = await realForm(t);
    await click(el, '#f-helped-no');
    await until(() => shown(el).includes('Tak. Dit svar er gemt.'), { timeout: 10_000, message: 'the answer stored' });
    await type(el, '#f-comment', 'Jeg manglede åbningstiderne');
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    const ev = await sent;
    const [answer, comment] = await linkedPair(t);
    expect(answer.feedback.answers).to.deep.equal({ helped: 'no' });
    expect(comment.feedback.answers).to.deep.equal({ comment: 'Jeg manglede åbningstiderne' });
    expect(ev.detail.receipt).to.equal(comment.receipt);
  });

  it('a comment sent while the answer is still on its way waits for it and is linked', async () => {
    const t = testId();
    const el = await realForm(t, { hold: 600 });
    await click(el, '#f-helped-yes');
    await commentIsLinked(el, t, 'Hurtigt skrevet');
  });

  it('double clicks, and changing the answer back, store the answer once', async () => {
    const t = testId();
    const el = await realForm(t);
    const yes = $(el, '#f-helped-yes');
    yes.click();
    yes.click();
    yes.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
    await el.updateComplete;
    await click(el, '#f-change');
    await click(el, '#f-helped-yes');
    await until(async () => (await stored(t)).count >= 1, { timeout: 10_000, message: 'the answer stored' });
    await realWait(800); // a second record, if any, would arrive meanwhile
    const r = await stored(t);
    expect(r.count).to.equal(1);
    expect(r.records[0].feedback.answers).to.deep.equal({ helped: 'yes' });
  });

  it('a changed answer is saved at once, linked to the first, and counted once with the answer given last', async () => {
    // "Nej", then "Skift svar" and "Ja": the page said "Du svarede: Ja." and sent nothing, and a
    // citizen who left was counted with "Nej" (stop 46's audit).
    const t = testId();
    const el = await realForm(t);
    await click(el, '#f-helped-no');
    await until(() => shown(el).includes('Tak. Dit svar er gemt.'), { timeout: 10_000, message: 'the first answer stored' });
    await click(el, '#f-change');
    await click(el, '#f-helped-yes');
    await until(async () => (await stored(t)).count === 2, { timeout: 10_000, message: 'the change stored' });
    const [answer, change] = (await stored(t)).records;
    expect(answer.feedback.answers).to.deep.equal({ helped: 'no' });
    expect([change.linksTo, change.feedback.answerTo], 'linked to the first').to.deep.equal([answer.receipt, answer.receipt]);
    expect(change.feedback.answers).to.deep.equal({ helped: 'yes' });
    expect((await stored(t)).helped, 'counted once, with the answer given last').to.deep.equal({ yes: 1 });
    await until(() => shown(el).includes('Du svarede: Ja. Tak. Dit svar er gemt.'), { timeout: 10_000, message: 'the change confirmed' });
    // A comment afterwards is linked to the first answer and carries no Ja/Nej again.
    await type(el, '#f-comment', 'Nu fandt jeg det');
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    await sent;
    const r = await stored(t);
    expect(r.count).to.equal(3);
    expect(r.records[2].linksTo).to.equal(answer.receipt);
    expect(r.records[2].feedback.answers).to.deep.equal({ comment: 'Nu fandt jeg det' });
    expect(r.helped).to.deep.equal({ yes: 1 });
  });

  it('sending with no comment stores nothing more and thanks for the answer, with its receipt', async () => {
    const t = testId();
    const el = await realForm(t);
    await click(el, '#f-helped-yes');
    await until(() => shown(el).includes('Tak. Dit svar er gemt.'), { timeout: 10_000, message: 'the answer stored' });
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    const ev = await sent;
    const r = await stored(t);
    expect(r.count).to.equal(1);
    expect(ev.detail.receipt).to.equal(r.records[0].receipt);
    await el.updateComplete;
    // An answer, not a message: the citizen wrote nothing.
    expect(shown(el)).to.contain('Tak for dit svar').and.to.contain(r.records[0].receipt).and.to.contain('Vi bruger alle svar');
    expect(shown(el)).to.not.contain('Tak for din besked');
  });

  it('klar-feedback-answer fires for the stored answer and for the stored change, each with its receipt; klar-feedback-sent waits for the message', async () => {
    // A page counting onKlarFeedbackSent (the README's React sample) counted none of the one-click answers (integrator audit).
    const t = testId();
    const el = await realForm(t);
    const { answers, sent } = heard(el);
    await click(el, '#f-helped-no');
    await until(() => answers.length === 1, { timeout: 10_000, message: 'klar-feedback-answer for the answer' });
    await click(el, '#f-change');
    await click(el, '#f-helped-yes');
    await until(() => answers.length === 2, { timeout: 10_000, message: 'klar-feedback-answer for the change' });
    const r = await stored(t);
    expect(answers).to.deep.equal(r.records.map((x, i) => ({ receipt: x.receipt, helped: ['no', 'yes'][i] })));
    expect(sent, 'no klar-feedback-sent for an answer').to.deep.equal([]);
    expect(maybe(el, '#f-comment'), 'the comment step').to.not.equal(null);
  });

  it('a one-click answer whose klar-feedback-submit the page cancelled and sent itself: showSent(receipt) is the answer stored, as when the form sends it (the comment step stays, klar-feedback-answer, the comment linked)', async () => {
    // showSent() after a cancelled answer jumped to the thank-you page ("Tak for din besked") and fired
    // klar-feedback-sent: the comment step the citizen was in went, and the page counted a message.
    const t = testId();
    const el = await realForm(t);
    const { answers, sent } = heard(el);
    let own: Promise<{ receipt: string; id: string }> | undefined;
    const sendItMyself = (e: CustomEvent<{ payload: unknown; idempotencyKey: string }>) => {
      e.preventDefault();
      own = fetch(el.action, { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': e.detail.idempotencyKey }, body: JSON.stringify(e.detail.payload) }).then((r) => r.json());
    };
    el.addEventListener('klar-feedback-submit', sendItMyself, { once: true });
    await click(el, '#f-helped-no');
    await until(() => own, { message: 'the answer handed to the page' });
    // The reference server answers { receipt, id }: the id (a random token) is what links, so the page gives it.
    const { receipt, id } = await own!;
    expect(id).to.not.equal(receipt);
    await el.showSent(id);
    await el.updateComplete;
    expect(answers).to.deep.equal([{ receipt: id, helped: 'no' }]);
    expect(sent, 'no klar-feedback-sent for an answer').to.deep.equal([]);
    expect(el.hasAttribute('data-klar-sent'), 'no thank-you page').to.equal(false);
    expect(maybe(el, '#f-comment'), 'the comment step').to.not.equal(null);
    expect(shown(el)).to.contain('Du svarede: Nej. Tak. Dit svar er gemt.');
    // The form sends the comment itself: linked by the id the page gave, the answer counted once.
    await type(el, '#f-comment', 'Jeg fandt ikke fristen');
    const thanked = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    await thanked;
    const [answer, comment] = await linkedPair(t);
    expect(answer.receipt).to.equal(receipt);
    expect(comment.feedback.answers).to.deep.equal({ comment: 'Jeg fandt ikke fristen' });
    expect(sent).to.have.length(1);
  });

  it('a comment sent after the answer is thanked as a message', async () => {
    const t = testId();
    const el = await realForm(t);
    await click(el, '#f-helped-no');
    await until(() => shown(el).includes('Tak. Dit svar er gemt.'), { timeout: 10_000, message: 'the answer stored' });
    await type(el, '#f-comment', 'Jeg kunne ikke finde fristen.');
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    await sent;
    await el.updateComplete;
    expect(shown(el)).to.contain('Tak for din besked').and.to.not.contain('Tak for dit svar');
  });

  it('after a reload the comment is still linked, and the answer is not sent again', async () => {
    const t = testId();
    let el = await realForm(t);
    await click(el, '#f-helped-yes');
    await until(() => shown(el).includes('Tak. Dit svar er gemt.'), { timeout: 10_000, message: 'the answer stored' });
    el = await reload(el);
    expect(shown(el)).to.contain('Du svarede: Ja.');
    await commentIsLinked(el, t, 'Efter genindlæsning');
  });

  it('a full message sent after the one-click answer (a badge asked for the full form) is linked to the answer: one story, the answer counted once', async () => {
    const t = testId();
    const el = await realForm(t, { hold: 600 });
    await click(el, '#f-helped-no');
    await type(el, '#f-comment', 'Jeg kunne ikke finde fristen');
    await el.requestFeedback('tydelige-forventninger');
    $(el, '#f-rating-2').click();
    await el.updateComplete;
    // Sent while the answer is still on its way: the message waits for its id.
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    const ev = await sent;
    const [answer, message] = await linkedPair(t);
    expect(answer.feedback.answers).to.deep.equal({ helped: 'no' });
    expect(message.feedback.mode).to.equal('full');
    expect(message.feedback.answers.improve).to.equal('Jeg kunne ikke finde fristen');
    expect(message.feedback.principle).to.equal('tydelige-forventninger');
    expect(ev.detail.receipt).to.equal(message.receipt);
  });

  it('a reload while the answer is on its way resends it under the same key: one record', async () => {
    const t = testId();
    let el = await realForm(t, { hold: 1200 });
    await click(el, '#f-helped-no');
    el = await reload(el);
    await until(() => shown(el).includes('Tak. Dit svar er gemt.'), { timeout: 15_000, message: 'the resent answer stored' });
    await realWait(1500); // the held first request reaches the store now
    const r = await stored(t);
    expect(r.count).to.equal(1);
    expect(r.records[0].feedback.answers).to.deep.equal({ helped: 'no' });
  });

  it('the form\'s own keys are kept whole in the draft, also one whose digits read like a CPR number: the reload resends under the same key, one record, and no "we took a CPR number out"', async () => {
    // A random UUID holds ten digits that read as a date and a serial about once in a thousand
    // drafts ("…-b1804490206a"): the draft took them out of the key, and the resend was a new message.
    const cprLike = 'aaaaaaaa-bbbb-4ccc-8ddd-1804490206aa';
    const randomUUID = sinon.stub(crypto, 'randomUUID').returns(cprLike);
    try {
      const t = testId();
      let el = await realForm(t, { hold: 1200 });
      await click(el, '#f-helped-no');
      el = await reload(el);
      await until(() => shown(el).includes('Tak. Dit svar er gemt.'), { timeout: 15_000, message: 'the resent answer stored' });
      expect(shown(el), 'nothing the citizen typed was taken out').not.to.contain('taget et CPR-nummer ud');
      await realWait(1500); // the held first request reaches the store now
      const r = await stored(t);
      expect(r.records.map((x) => x.idempotencyKey), 'one record, under the key the click made').to.deep.equal([cprLike]);
    } finally {
      randomUUID.restore();
    }
  });

  it('"Skriv en ny besked" after the thank-you page opens a comment on the stored answer: linked to it, the answer counted once', async () => {
    const t = testId();
    const el = await realForm(t);
    await click(el, '#f-helped-no');
    await until(() => shown(el).includes('Tak. Dit svar er gemt.'), { timeout: 10_000, message: 'the answer stored' });
    for (const words of ['Jeg fandt ikke fristen', 'Og telefontiden står ingen steder']) {
      await type(el, '#f-comment', words);
      const sent = oneEvent(el, 'klar-feedback-sent');
      await send(el);
      await sent;
      await el.updateComplete;
      if (words.startsWith('Og')) break;
      [...root(el).querySelectorAll<HTMLButtonElement>('.klar-sent button')].find((b) => b.textContent!.includes('Skriv en ny besked'))!.click();
      await el.updateComplete;
      // Not "Fik du hjælp" again: the answer stays, with the box for the new message, focused.
      expect(maybe(el, '#f-helped-yes'), 'not asked again').to.equal(null);
      expect(shown(el)).to.contain('Du svarede: Nej. Tak. Dit svar er gemt.');
      expect(focusedId(el)).to.equal('f-comment');
      expect(($(el, '#f-comment') as HTMLTextAreaElement).value, 'an empty box').to.equal('');
    }
    const r = await stored(t);
    expect(r.count).to.equal(3);
    const [answer, ...messages] = r.records;
    expect(messages.map((m) => [m.linksTo, m.feedback.answers]), 'both linked to the answer, without a second Nej').to.deep.equal([
      [answer.receipt, { comment: 'Jeg fandt ikke fristen' }],
      [answer.receipt, { comment: 'Og telefontiden står ingen steder' }],
    ]);
    expect(r.helped, 'insights count one "Nej"').to.deep.equal({ no: 1 });
  });

  it('"Slet og start forfra" on a restored draft deletes the comment, not the stored answer: not asked again, nothing counted twice', async () => {
    const t = testId();
    let el = await realForm(t);
    await click(el, '#f-helped-yes');
    await until(() => shown(el).includes('Tak. Dit svar er gemt.'), { timeout: 10_000, message: 'the answer stored' });
    await type(el, '#f-comment', 'Et udkast');
    el = await reload(el);
    await until(() => shown(el).includes('Vi har husket det, du skrev'), { message: 'the draft restored' });
    [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Slet og start forfra')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(($(el, '#f-comment') as HTMLTextAreaElement).value, 'the comment deleted').to.equal('');
    expect(maybe(el, '#f-helped-yes'), 'not asked again').to.equal(null);
    expect(shown(el)).to.contain('Du svarede: Ja. Tak. Dit svar er gemt.');
    expect(focusedId(el)).to.equal('f-comment');
    await type(el, '#f-comment', 'Det rigtige');
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    await sent;
    const [answer, comment] = await linkedPair(t);
    expect(comment.feedback.answers).to.deep.equal({ comment: 'Det rigtige' });
    expect(answer.feedback.answers).to.deep.equal({ helped: 'yes' });
  });
});

describe('klar-feedback-form: a one-click answer stored whose receipt was lost (real store)', function () {
  // Real store, real timers, real network: on a busy 2-core machine WebKit takes many times its quiet time.
  this.timeout(60_000);
  // The server stored the Ja/Nej, but its response never came back (the form's timeout ran out
  // on every attempt): the form cannot tell this from an answer never stored. Before it sends
  // the comment it asks once more under the answer's key, and the server replays the receipt.
  const quickly = { timeout: '2000', retries: '1' };

  it('the comment sent afterwards is linked to the stored answer, which is stored and counted once', async () => {
    const t = testId();
    const el = await realForm(t, { lose: 2, attrs: quickly });
    const failed = oneEvent(el, 'klar-feedback-error');
    await click(el, '#f-helped-no');
    await failed; // both attempts given up on; the server stores the answer once (on a busy machine, maybe after the form gave up)
    await until(async () => (await stored(t)).count === 1, { timeout: 15_000, message: 'the answer is stored' });
    const errors: Event[] = [];
    el.addEventListener('klar-feedback-error', (e) => errors.push(e));
    const statuses = new Set<string>();
    const watch = setInterval(() => statuses.add(el.status), 5);
    await type(el, '#f-comment', 'Jeg fandt ikke fristen');
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    const ev = await sent;
    clearInterval(watch);
    expect((await stored(t)).helped, 'insights count one "Nej"').to.deep.equal({ no: 1 });
    const [answer, comment] = await linkedPair(t);
    expect(answer.feedback.answers).to.deep.equal({ helped: 'no' });
    expect(comment.feedback.answers, 'the Ja/Nej not carried again').to.deep.equal({ comment: 'Jeg fandt ikke fristen' });
    expect(ev.detail.receipt).to.equal(comment.receipt);
    expect(errors, 'no failure said while sending').to.have.length(0);
    expect([...statuses].filter((s) => s !== 'sending' && s !== 'sent'), 'the status stays "sending"').to.deep.equal([]);
  });

  it('asked for again after the page moved on and the language changed, the answer is the body first sent: the server replays it, linked, counted once', async () => {
    // A single-page app navigated and the citizen switched to English between the click and the
    // comment: rebuilt with the new address and language, the answer was other content under its
    // key (422), went in the message as well, and insights counted two "Nej".
    const t = testId();
    const el = await realForm(t, { lose: 2, attrs: quickly });
    const failed = oneEvent(el, 'klar-feedback-error');
    await click(el, '#f-helped-no');
    await failed;
    await until(async () => (await stored(t)).count === 1, { timeout: 15_000, message: 'the answer is stored' });
    const first = (await stored(t)).records[0];
    const page = location.href;
    try {
      history.pushState(null, '', '/en/another-page');
      el.setAttribute('lang', 'en');
      await el.updateComplete;
      await commentIsLinked(el, t, 'I could not find the deadline');
    } finally {
      history.replaceState(null, '', page);
    }
    const r = await stored(t);
    expect(r.helped, 'insights count one "Nej"').to.deep.equal({ no: 1 });
    expect(r.records[0].feedback, 'the answer as first sent').to.deep.equal(first.feedback);
    expect(r.records[1].feedback.answers, 'the Ja/Nej not carried again').to.deep.equal({ comment: 'I could not find the deadline' });
    expect(r.records[1].feedback.lang).to.equal('en');
  });

  it('restored from the draft on another page of a single-page app, the answer is sent again as first sent: linked, counted once', async () => {
    const t = testId();
    let el = await realForm(t, { lose: 2, attrs: { timeout: '2000', retries: '0' } });
    await click(el, '#f-helped-no');
    await until(async () => (await stored(t)).count === 1, { timeout: 10_000, message: 'the answer stored' });
    const page = location.href;
    try {
      // The app's router shows the form again (same id) on the page it went to; that resend is lost too.
      history.pushState(null, '', '/another-page');
      el = await reload(el);
      await until(() => el.status === 'failed', { timeout: 10_000, message: 'the resend after the reload failed' });
      await commentIsLinked(el, t, 'Efter skift af side');
    } finally {
      history.replaceState(null, '', page);
    }
    expect((await stored(t)).helped).to.deep.equal({ no: 1 });
  });

  it('a form taken off the page writes no draft: its late receipt does not bring back what the form in its place sent', async () => {
    // The app took the form away while its answer was on the way (held 3 s); the form in its place
    // sent the answer and a comment, and deleted the draft. Then the old form's receipt came, and
    // it wrote its "Nej" back as a draft: the next visit said "Vi har husket det, du skrev og valgte".
    const t = testId();
    const first = await realForm(t, { hold: 3000 });
    await click(first, '#f-helped-no');
    await realWait(300); // its request on the way
    const el = await reload(first);
    await commentIsLinked(el, t, 'Sendt fra den nye side');
    const drafts = () => Object.keys(sessionStorage).filter((k) => k.startsWith('klar-draft:'));
    expect(drafts(), 'deleted once sent').to.have.length(0);
    await realWait(3500); // the old form's receipt (a replay) comes now
    expect((await stored(t)).count).to.equal(2);
    expect(drafts(), 'no draft written by the form that left').to.have.length(0);
  });

  it('an answer refused (503), then stored by the ask before the comment whose reply was lost: the comment is linked to it, the answer stored and counted once', async () => {
    // The audit's demo: "Nej" got 503 (not stored; "Dit svar er ikke sendt"), the outage ended, and
    // the ask before the comment was stored but its reply lost (chaos drop-after). The comment
    // carried the "Nej" unlinked: two records, and insights counted two "Nej".
    const t = testId();
    const el = await realForm(t, { unavailable: 1, lose: 1, attrs: { timeout: '2000', retries: '0' } });
    const failed = oneEvent(el, 'klar-feedback-error');
    await click(el, '#f-helped-no');
    await failed;
    expect((await stored(t)).count, 'nothing stored by the 503').to.equal(0);
    await type(el, '#f-comment', 'Jeg fandt ikke fristen');
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    const ev = await sent;
    const r = await stored(t);
    expect(r.helped, 'insights count one "Nej"').to.deep.equal({ no: 1 });
    const [answer, comment] = await linkedPair(t);
    expect(answer.feedback.answers).to.deep.equal({ helped: 'no' });
    expect(comment.feedback.answers, 'the Ja/Nej stored once').to.deep.equal({ comment: 'Jeg fandt ikke fristen' });
    expect(ev.detail.receipt).to.equal(comment.receipt);
  });

  it('after a reload, an answer restored from the draft without its receipt is asked for once more before the comment: linked, counted once', async () => {
    const t = testId();
    let el = await realForm(t, { lose: 2, attrs: { timeout: '2000', retries: '0' } });
    await click(el, '#f-helped-no');
    await until(async () => (await stored(t)).count === 1, { timeout: 10_000, message: 'the answer stored' });
    // Reloaded while the response is on its way; the resend the reload makes is lost too.
    el = await reload(el);
    await until(() => el.status === 'failed', { timeout: 10_000, message: 'the resend after the reload failed' });
    await commentIsLinked(el, t, 'Efter genindlæsning');
    const r = await stored(t);
    expect(r.records[1].feedback.answers).to.deep.equal({ comment: 'Efter genindlæsning' });
    expect(r.helped).to.deep.equal({ no: 1 });
  });
});

describe('klar-feedback-form: a one-click answer that cannot be sent', function () {
  // Real store, real timers, real network: on a busy 2-core machine WebKit takes many times its quiet time.
  this.timeout(60_000);
  it('after every retry of a 500: says plainly that the answer was not sent, fires klar-feedback-error, leaves focus in the comment; "Prøv igen" sends it under its key', async () => {
    const t = testId();
    const el = await makeForm({ t, extra: '&aseq=500,500,201', attrs: { retries: '1' } });
    const error = oneEvent(el, 'klar-feedback-error');
    await click(el, '#f-helped-no');
    await until(() => focusedId(el) === 'f-comment', { message: 'focus on the comment' });
    expect((await error).detail).to.deep.equal({ reason: 'http', status: 500 });
    await el.updateComplete;
    const notice = $(el, '#failed');
    expect(notice.getAttribute('role')).to.equal('alert');
    expect(notice.textContent).to.contain('Dit svar er ikke sendt');
    expect(notice.textContent).to.contain('Vi kunne ikke sende dit svar.');
    expect(notice.textContent, 'no HTTP code on screen').to.not.contain('500');
    expect(focusedId(el), 'a late failure does not take the citizen away from the comment').to.equal('f-comment');
    expect(shown(el)).to.not.contain('Tak. Dit svar er gemt.');
    await expect(el).to.be.accessible();
    const retry = [...notice.querySelectorAll('button')].find((b) => b.textContent!.includes('Prøv igen'))!;
    retry.click();
    await until(() => shown(el).includes('Tak. Dit svar er gemt.'), { timeout: 10_000, message: 'the answer saved after "Prøv igen"' });
    expect(maybe(el, '#failed')).to.equal(null);
    expect(focusedId(el), 'focus back in the comment').to.equal('f-comment');
    const r = await records(t);
    expect(r.answers.count).to.equal(1);
    expect(r.answers.attempts).to.have.length(3);
    expect(new Set(r.answers.attempts.map((a) => a.key)).size, 'one key').to.equal(1);
  });

  it('a network error is told the same way', async () => {
    const el = await fixture<KlarFeedbackForm>(html`<klar-feedback-form action="http://127.0.0.1:9/feedback" retries="0" min-time="0"></klar-feedback-form>`);
    const error = oneEvent(el, 'klar-feedback-error');
    await click(el, '#f-helped-yes');
    expect((await error).detail).to.deep.equal({ reason: 'network' });
    await el.updateComplete;
    expect($(el, '#failed').textContent).to.contain('Dit svar er ikke sendt');
  });

  it('a comment sent after the answer failed asks once more for its receipt (one attempt, under its key), then carries the answer: one message, nothing lost', async () => {
    const t = testId();
    const el = await makeForm({ t, extra: '&aseq=500', attrs: { retries: '1' } });
    const error = oneEvent(el, 'klar-feedback-error');
    await click(el, '#f-helped-no');
    await error;
    expect((await records(t)).answers.attempts, 'the answer tried twice').to.have.length(2);
    await type(el, '#f-comment', 'Jeg fandt ikke fristen');
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    await sent;
    const r = await records(t);
    expect(r.answers.attempts, 'asked once more, not retried').to.have.length(3);
    expect(new Set(r.answers.attempts.map((a) => a.key)).size, 'under its own key').to.equal(1);
    expect(r.answers.count).to.equal(0);
    expect(r.count).to.equal(1);
    expect(r.records[0].body.answers).to.deep.equal({ helped: 'no', comment: 'Jeg fandt ikke fristen' });
    expect(r.records[0].body).to.not.have.property('answerTo');
  });

  it('a full message sent after the answer failed (a badge opened the full form) carries the Ja/Nej, shown above its questions: one record, nothing lost, also after a failed send', async () => {
    const t = testId();
    const el = await makeForm({ t, seq: '500,201', extra: '&aseq=500', attrs: { retries: '0' } });
    const error = oneEvent(el, 'klar-feedback-error');
    await click(el, '#f-helped-no');
    await error;
    await el.requestFeedback('tydelige-forventninger');
    $(el, '#f-rating-2').click();
    await el.updateComplete;
    expect(shown(el), 'the citizen sees that the answer goes with the message').to.contain('Du svarede: Nej. Vi sender dit svar med din besked.');
    // Said once: no "Dit svar er ikke sendt … Prøv igen" for the answer alone beside it.
    expect(shown(el), 'no second, contradicting notice about the answer').to.not.contain('Dit svar er ikke sendt');
    expect(el.querySelector('#failed, [id$="failed"]'), 'no failed notice').to.equal(null);
    // The message fails too: "Prøv igen" is the message's, and sends the answer with it.
    const failed = oneEvent(el, 'klar-feedback-error');
    await send(el);
    await failed;
    await el.updateComplete;
    expect($(el, '#failed').textContent).to.contain('Din besked er ikke sendt');
    expect(shown(el)).to.contain('Du svarede: Nej. Vi sender dit svar med din besked.');
    const sent = oneEvent(el, 'klar-feedback-sent');
    [...$(el, '#failed').querySelectorAll('button')].find((b) => b.textContent!.includes('Prøv igen'))!.click();
    await sent;
    const r = await records(t);
    expect(r.answers.count, 'no answer stored on its own').to.equal(0);
    expect(r.count, 'one message').to.equal(1);
    const body = r.records[0].body as { mode: string; answers: Record<string, unknown>; principle?: string };
    expect(body.mode).to.equal('full');
    expect(body.answers).to.deep.equal({ rating: { value: 2, label: 'Utilfreds' }, helped: 'no' });
    expect(body.principle).to.equal('tydelige-forventninger');
  });
});

describe('klar-feedback-form: a reload mid-send keeps the Idempotency-Key (real store)', function () {
  // Real store, real timers, real network: on a busy 2-core machine WebKit takes many times its quiet time.
  this.timeout(60_000);
  it('the draft keeps the key of the send in flight; the resend after a reload stores nothing twice', async () => {
    const t = testId();
    let el = await realForm(t, { mode: 'report', hold: 1500 });
    await type(el, '#f-whatWentWrong', 'Betalingen gik ikke igennem');
    await send(el);
    await until(() => el.status === 'sending', { timeout: 10_000, message: 'sending' });
    // The page reloads while the server still holds the first request.
    el = await reload(el);
    expect(($(el, '#f-whatWentWrong') as HTMLTextAreaElement).value).to.equal('Betalingen gik ikke igennem');
    // The form cannot know whether the first request arrived: it says the message is not sent, and "Send" resends it under its key.
    expect($(el, '[part=notice]').textContent).to.contain('Din besked er ikke sendt endnu. Tryk Send, når du er klar.');
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    const ev = await sent;
    await realWait(1800); // the held first request reaches the store now
    const r = await stored(t);
    expect(r.count).to.equal(1);
    expect(ev.detail.receipt).to.equal(r.records[0].receipt);
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('klar-draft:')), 'the draft is gone once sent').to.have.length(0);
  });

  it('changed content after the reload is a new message with a new key', async () => {
    const t = testId();
    let el = await realForm(t, { mode: 'report', hold: 800 });
    await type(el, '#f-whatWentWrong', 'Første udgave');
    await send(el);
    el = await reload(el);
    await type(el, '#f-whatWentWrong', 'Anden udgave');
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    await sent;
    await realWait(1000);
    const r = await stored(t);
    expect(r.count).to.equal(2);
    expect(new Set(r.records.map((x) => x.idempotencyKey)).size).to.equal(2);
  });
});

describe('klar-feedback-form: a draft copied into a second tab (real store)', function () {
  // Real store, real timers, real network: on a busy 2-core machine WebKit takes many times its quiet time.
  this.timeout(60_000);
  /** What a tab opened from this one starts with (window.open, "Duplicate tab"): a copy of this tab's sessionStorage. */
  const copyOfStorage = (): [string, string][] => Object.keys(sessionStorage).map((k) => [k, sessionStorage.getItem(k)!]);
  /** Opens "the second tab": the same page, with the storage as it was copied. */
  async function secondTab(el: KlarFeedbackForm, copy: [string, string][]): Promise<KlarFeedbackForm> {
    sessionStorage.clear();
    for (const [k, v] of copy) sessionStorage.setItem(k, v);
    return reload(el);
  }
  const text = (el: KlarFeedbackForm) => ($(el, '#f-whatWentWrong') as HTMLTextAreaElement).value;

  it('the same words sent from both tabs are stored once, and both tabs show its receipt', async () => {
    const t = testId();
    let el = await realForm(t, { mode: 'report' });
    await type(el, '#f-whatWentWrong', 'Betalingen gik ikke igennem');
    await el.updateComplete;
    const copy = copyOfStorage();
    expect(copy.filter(([k]) => k.startsWith('klar-draft:')), 'the draft the second tab gets').to.have.length(1);
    const first = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    const a = (await first).detail;
    el = await secondTab(el, copy);
    expect(text(el), 'the second tab restored the draft').to.equal('Betalingen gik ikke igennem');
    const second = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    const b = (await second).detail;
    const r = await stored(t);
    expect(r.count, 'one record').to.equal(1);
    expect(a.receipt).to.equal(r.records[0].receipt);
    expect(b.receipt, 'the second tab shows the receipt of the stored message').to.equal(r.records[0].receipt);
    expect(r.records[0].idempotencyKey).to.match(/^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/);
  });

  it('words changed in the second tab are a message of their own: both are stored, nothing is lost', async () => {
    const t = testId();
    let el = await realForm(t, { mode: 'report' });
    await type(el, '#f-whatWentWrong', 'Betalingen gik ikke igennem');
    await el.updateComplete;
    const copy = copyOfStorage();
    const first = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    await first;
    el = await secondTab(el, copy);
    await type(el, '#f-whatWentWrong', 'Betalingen gik ikke igennem, og siden frøs');
    const second = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    await second;
    const r = await stored(t);
    expect(r.records.map((x) => x.feedback.answers.whatWentWrong)).to.deep.equal(['Betalingen gik ikke igennem', 'Betalingen gik ikke igennem, og siden frøs']);
    expect(new Set(r.records.map((x) => x.idempotencyKey)).size).to.equal(2);
  });
});

describe('klar-feedback-form: case-aware messages', function () {
  // Real store, real timers, real network: on a busy 2-core machine WebKit takes many times its quiet time.
  this.timeout(60_000);
  it('inside a <klar-case> every message carries the case reference and the current step, and says so', async () => {
    const t = testId();
    const wrap = await fixture<HTMLElement>(html`<klar-case src="/api/case/fixture/klar/received">
      <klar-feedback-form id="case-${t}" action="/api/feedback?t=${t}" min-time="0"></klar-feedback-form>
    </klar-case>`);
    const el = wrap.querySelector('klar-feedback-form')!;
    // The provider fetches the case first: on a loaded 2-core machine that took over 5 s once (CI beside a second suite).
    await until(() => !!maybe(el, '#case-note'), { timeout: 15_000, message: 'the case note' });
    expect($(el, '#case-note').textContent).to.contain('BYG-2026-0412');
    await click(el, '#f-helped-yes');
    // "Kontakt os" says whom and how: the case's contact, a link to call (a citizen wrote "Ring til mig").
    await until(() => !!maybe(el, '#f-comment-hint'), { message: "the comment's hint" });
    expect($(el, '#f-comment-hint').textContent!.replace(/\s+/g, ' ').trim()).to.equal('Vi kan ikke svare dig her. Har du spørgsmål til din sag, så kontakt Mette Holm på +45 33 66 33 66.');
    expect($(el, '#f-comment-hint a').getAttribute('href')).to.equal('tel:+4533663366');
    expect($(el, '#f-comment').getAttribute('aria-describedby')).to.contain('f-comment-hint');
    await until(async () => (await records(t)).answers.count === 1, { timeout: 10_000, message: 'the answer' });
    const answer = (await records(t)).answers.records[0].body;
    expect(answer.caseReference).to.equal('BYG-2026-0412');
    expect(answer.step).to.equal('screening');
    await type(el, '#f-comment', 'Hvornår er I færdige?');
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    await sent;
    const body = (await records(t)).records[0].body;
    expect(body.caseReference).to.equal('BYG-2026-0412');
    expect(body.step).to.equal('screening');
  });

  it('"we cannot answer here" gives the contact\'s number as the status shows it, also when the case writes it with words', async () => {
    // "0045 33 66 33 66 (tast 2)", "Tlf. 33 66 33 66" and "33 66 33 66 – hverdage 9-15" are kept by
    // parseCase and linked by the status; the form dropped them ("kontakt os", or the e-mail).
    const received = await (await fetch('/api/case/fixture/klar/received')).json();
    const hint = async (phone: string | undefined, email?: string, name: string | null = 'Mette Holm', lang = 'da') => {
      const id = `phone-${testId()}`;
      await fetch(`/api/case/doc/${id}`, { method: 'PUT', body: JSON.stringify({ ...received, contact: { name: name ?? undefined, phone, email } }) });
      const wrap = await fixture<HTMLElement>(html`<klar-case lang=${lang} src="/api/case/doc/${id}"><klar-feedback-form id=${id} no-draft></klar-feedback-form></klar-case>`);
      const el = wrap.querySelector('klar-feedback-form')!;
      await until(() => !!maybe(el, '#case-note'), { timeout: 15_000, message: 'the case note' });
      await click(el, '#f-helped-no');
      await until(() => !!maybe(el, '#f-comment-hint'), { message: "the comment's hint" });
      const p = $(el, '#f-comment-hint');
      const a = p.querySelector('a');
      return { text: p.textContent!.replace(/\s+/g, ' ').trim(), link: a && [a.textContent, a.getAttribute('href'), a.getAttribute('translate')] };
    };
    const to = 'Vi kan ikke svare dig her. Har du spørgsmål til din sag, så kontakt Mette Holm på ';
    expect(await hint('0045 33 66 33 66 (tast 2)')).to.deep.equal({ text: to + '0045 33 66 33 66.', link: ['0045 33 66 33 66', 'tel:004533663366', 'no'] });
    expect(await hint('Tlf. 33 66 33 66', 'byg@kommune.example')).to.deep.equal({ text: to + '33 66 33 66.', link: ['33 66 33 66', 'tel:33663366', 'no'] });
    expect(await hint('33 66 33 66 – hverdage 9-15')).to.deep.equal({ text: to + '33 66 33 66.', link: ['33 66 33 66', 'tel:33663366', 'no'] });
    // A compact Danish number in pairs, as the status says it.
    expect(await hint('+4533663366')).to.deep.equal({ text: to + '+45 33 66 33 66.', link: ['+45 33 66 33 66', 'tel:+4533663366', 'no'] });
    // Two numbers: no call to the wrong one; the e-mail, else no "kontakt os" with no way behind it.
    expect(await hint('33 66 33 66 eller 70 10 20 30', 'byg@kommune.example')).to.deep.equal({ text: to + 'byg@kommune.example.', link: ['byg@kommune.example', 'mailto:byg@kommune.example', 'no'] });
    expect(await hint('33 66 33 66 eller 70 10 20 30')).to.deep.equal({ text: 'Vi kan ikke svare dig her. Feltet er ikke til spørgsmål om din sag.', link: null });
    // A contact with a way but no name (a ZGW case handler without a unit): the way, to "us"; it
    // read "kontakt os" with the number the case gave left out.
    expect(await hint('33 66 33 66', undefined, null)).to.deep.equal({ text: 'Vi kan ikke svare dig her. Har du spørgsmål til din sag, så kontakt os på 33 66 33 66.', link: ['33 66 33 66', 'tel:33663366', 'no'] });
    expect(await hint(undefined, 'byg@kommune.example', null, 'en')).to.deep.equal({ text: 'We cannot answer you here. If you have questions about your case, please contact us at byg@kommune.example.', link: ['byg@kommune.example', 'mailto:byg@kommune.example', 'no'] });
    // In English: whom and how; with no way to reach them, what the box is not for.
    expect(await hint('33 66 33 66', undefined, 'Mette Holm', 'en')).to.deep.equal({ text: 'We cannot answer you here. If you have questions about your case, please contact Mette Holm at 33 66 33 66.', link: ['33 66 33 66', 'tel:33663366', 'no'] });
    expect(await hint(undefined, undefined, 'Mette Holm', 'en')).to.deep.equal({ text: 'We cannot answer you here. This box is not for questions about your case.', link: null });
  });

  it('no-case-context leaves the surrounding case out', async () => {
    const t = testId();
    const wrap = await fixture<HTMLElement>(html`<klar-case src="/api/case/fixture/klar/received">
      <klar-feedback-form id="nocase-${t}" mode="full" no-case-context action="/api/feedback?t=${t}" min-time="0"></klar-feedback-form>
    </klar-case>`);
    const el = wrap.querySelector('klar-feedback-form')!;
    await until(() => (wrap as HTMLElement & { state?: string }).state === 'ready', { timeout: 5000, message: 'the case loaded' });
    await el.updateComplete;
    expect(maybe(el, '#case-note')).to.equal(null);
    await click(el, '#f-rating-4');
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    await sent;
    const body = (await records(t)).records[0].body;
    expect(body).to.not.have.property('caseReference');
    expect(body).to.not.have.property('step');
  });

  it('case-ref and step attributes work without a <klar-case>, in every mode', async () => {
    for (const mode of ['full', 'report']) {
      const t = testId();
      const el = await fixture<KlarFeedbackForm>(
        html`<klar-feedback-form id="attr-${t}" mode=${mode} case-ref="SAG-77" step="afgoerelse" action="/api/feedback?t=${t}" min-time="0"></klar-feedback-form>`,
      );
      if (mode === 'full') await click(el, '#f-rating-2');
      else await type(el, '#f-whatWentWrong', 'Brevet kom ikke');
      const sent = oneEvent(el, 'klar-feedback-sent');
      await send(el);
      await sent;
      const body = (await records(t)).records[0].body;
      expect(body.caseReference, mode).to.equal('SAG-77');
      expect(body.step, mode).to.equal('afgoerelse');
    }
  });
});

describe('klar-feedback-form: the page left before the form heard back (real store)', () => {
  /** A form of its own document (a frame), as on a page the citizen can leave; `attrs` on it. */
  async function inFrame(attrs: string): Promise<{ el: KlarFeedbackForm; leave: () => void }> {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><script type="module" src="/test/feedback-form/leave-page.ts"></script><klar-feedback-form ${attrs}></klar-feedback-form>`;
    document.body.append(frame);
    await until(() => frame.contentWindow?.customElements?.get('klar-feedback-form'), { timeout: 20_000, message: 'the form in the frame' });
    const el = frame.contentDocument!.querySelector('klar-feedback-form') as KlarFeedbackForm;
    await el.updateComplete;
    // As a followed link or a closed tab: the document goes (pagehide), its timers and requests with it.
    return { el, leave: () => frame.contentWindow!.location.replace('about:blank') };
  }

  /** The one record stored once the page went (and still one a moment later). */
  async function storedOnce(t: string, what: string): Promise<RealRecords['records'][number]> {
    await until(async () => (await stored(t)).count === 1, { timeout: 10_000, message: `${what} stored after the page went` });
    await realWait(300);
    const r = await stored(t);
    expect(r.count, 'stored once').to.equal(1);
    return r.records[0];
  }

  it('a "Ja" clicked within min-time, the page left at once: the answer is stored, once', async () => {
    const t = testId();
    const { el, leave } = await inFrame(`mode="quick" action="/api/real-feedback?t=${t}" min-time="60000"`);
    const submitted = oneEvent(el, 'klar-feedback-submit');
    await click(el, '#f-helped-yes');
    await submitted; // the form waits out min-time now
    expect((await stored(t)).count, 'nothing sent within min-time').to.equal(0);
    leave();
    expect((await storedOnce(t, 'the answer')).feedback.answers).to.deep.equal({ helped: 'yes' });
  });

  it('a message waiting to try again after a 503, the page left: the message is stored, once, under its key', async () => {
    const t = testId();
    const { el, leave } = await inFrame(`mode="full" action="/api/real-feedback?t=${t}&unavailable=1" min-time="0" retry-delay="60000"`);
    await click(el, '#f-rating-4');
    await send(el);
    await until(() => el.status === 'retrying', { timeout: 10_000, message: 'the form waiting to try again' });
    expect((await stored(t)).count, 'nothing stored by the 503').to.equal(0);
    leave();
    const record = await storedOnce(t, 'the message');
    expect(record.feedback.answers.rating.value).to.equal(4);
    expect(record.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
  });
});
