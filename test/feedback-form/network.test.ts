import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { $, click, fillQuick, focused, makeForm, maybe, realWait, records, send, testId, type, focusedId, root, bare } from './helpers.js';
import { until } from '../helpers/until.js';
import type { KlarFeedbackForm } from '../../src/klar-feedback-form.js';

afterEach(() => sessionStorage.clear());

describe('klar-feedback-form: retries and idempotency (real endpoint)', () => {
  it('stores exactly one record when the response to a stored request is lost and the retry carries the same Idempotency-Key', async () => {
    const t = testId();
    const el = await makeForm({ t, seq: 'drop,201' });
    el.retryDelay = 300;
    await fillQuick(el, 'Tabt svar');
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    const ev = await sent;
    // Whether the form's own retry or Chromium's silent resend of a POST on a reset keep-alive
    // socket makes the second attempt, it must carry the same key and store nothing twice.
    const r = await records(t);
    expect(r.attempts.map((a) => a.behaviour)).to.deep.equal(['drop', '201']);
    expect(new Set(r.attempts.map((a) => a.key)).size, 'one key for every attempt').to.equal(1);
    expect(r.count).to.equal(1);
    expect(ev.detail.receipt).to.match(/^KF-/);
  });

  it('keeps the same key across 500s, and gets a new one for new content', async () => {
    const t = testId();
    const el = await makeForm({ t, seq: '500,500,201' });
    await fillQuick(el, 'Første');
    await send(el);
    await oneEvent(el, 'klar-feedback-sent');
    const r = await records(t);
    expect(r.attempts.map((a) => a.behaviour)).to.deep.equal(['500', '500', '201']);
    expect(new Set(r.attempts.map((a) => a.key)).size).to.equal(1);

    const t2 = testId();
    const el2 = await makeForm({ t: t2, seq: '500,201,201' });
    el2.retries = 0;
    await fillQuick(el2, 'Version 1');
    await send(el2);
    await until(() => el2.status === 'failed', { timeout: 5000, message: 'failed' });
    await type(el2, '#f-comment', 'Version 2');
    await send(el2);
    await oneEvent(el2, 'klar-feedback-sent');
    const r2 = await records(t2);
    expect(r2.attempts).to.have.length(2);
    expect(r2.attempts[0].key).to.not.equal(r2.attempts[1].key);
  });

  it('does not retry a 4xx other than 408 and 429', async () => {
    const t = testId();
    const el = await makeForm({ t, seq: '404' });
    await fillQuick(el);
    const err = oneEvent(el, 'klar-feedback-error');
    await send(el);
    const ev = await err;
    expect(ev.detail).to.deep.equal({ reason: 'http', status: 404 });
    expect((await records(t)).attempts).to.have.length(1);
  });

  it('after every retry fails: a plain message with "Prøv igen" (focused), every word in place; "Prøv igen" sends the same key', async () => {
    const t = testId();
    const el = await makeForm({ t, seq: '500,500,500,201' });
    el.retries = 2;
    await click(el, '#f-helped-no');
    await type(el, '#f-comment', 'Hvert eneste ord');
    const err = oneEvent(el, 'klar-feedback-error');
    await send(el);
    const ev = await err;
    expect(ev.detail.reason).to.equal('http');
    expect(ev.detail.status).to.equal(500);
    await el.updateComplete;
    const failed = focused(el) as HTMLElement;
    expect(bare(el, failed.id)).to.equal('failed');
    expect(failed.getAttribute('role')).to.equal('alert');
    expect(failed.textContent).to.contain('Vi kunne ikke sende din besked');
    expect(($(el, '#f-comment') as HTMLTextAreaElement).value).to.equal('Hvert eneste ord');
    await expect(el).to.be.accessible();
    const retry = [...failed.querySelectorAll('button')].find((b) => b.textContent!.includes('Prøv igen'))!;
    retry.click();
    await oneEvent(el, 'klar-feedback-sent');
    const r = await records(t);
    expect(r.attempts).to.have.length(4);
    expect(new Set(r.attempts.map((a) => a.key)).size).to.equal(1);
    expect(r.count).to.equal(1);
  });

  it('gives up on a hanging server after the timeout, keeping the text', async () => {
    const t = testId();
    const el = await makeForm({ t, seq: 'hang' });
    // Long enough for each attempt to reach the server even on a loaded 2-core machine.
    el.timeout = 1500;
    el.retries = 1;
    await fillQuick(el, 'Hænger');
    const err = oneEvent(el, 'klar-feedback-error');
    await send(el);
    expect((await err).detail.reason).to.equal('timeout');
    expect(($(el, '#f-comment') as HTMLTextAreaElement).value).to.equal('Hænger');
    expect((await records(t)).attempts).to.have.length(2);
  });
});

describe('klar-feedback-form: failures a retry cannot mend (failure review)', () => {
  const failedNote = async (el: KlarFeedbackForm) => {
    await until(() => el.status === 'failed', { timeout: 8000, message: 'failed' });
    await el.updateComplete;
    return (focused(el) as HTMLElement).textContent!.replace(/\s+/g, ' ');
  };

  it('a server that asks for a long wait (503, Retry-After: 300) is not waited for: "Prøv igen" at once, and it sends', async () => {
    // "Vi prøver igen om 300 sekunder" stood still for minutes with the Send button disabled (#1).
    const t = testId();
    const el = await makeForm({ t, seq: '503:300,201' });
    await fillQuick(el, 'Vent ikke');
    const started = performance.now();
    await send(el);
    const note = await failedNote(el);
    expect(performance.now() - started).to.be.below(6000);
    expect(note).to.contain('Prøv igen');
    expect((await records(t)).attempts).to.have.length(1);
    [...root(el).querySelectorAll('button')].find((b) => b.textContent!.includes('Prøv igen'))!.click();
    await oneEvent(el, 'klar-feedback-sent');
  });

  it('an error about no field the form has is said for the whole form, with "Prøv igen", no question marked wrong', async () => {
    // The form marked its first question "Fejl: Vi kunne ikke sende din besked" (#3).
    const el = await makeForm({ seq: '400', extra: '&field=nosuchfield' });
    await fillQuick(el, 'Ukendt felt');
    const err = oneEvent(el, 'klar-feedback-error');
    await send(el);
    expect((await err).detail).to.include({ reason: 'invalid', status: 400 });
    const note = await failedNote(el);
    expect(note).to.contain('Vi kunne ikke sende din besked').and.contain('formularen virker ikke lige nu').and.not.contain('Prøv igen om lidt');
    expect(root(el).querySelector('.klar-error'), 'no question marked wrong').to.equal(null);
    expect(($(el, '#f-comment') as HTMLTextAreaElement).value).to.equal('Ukendt felt');
  });

  for (const [seq, lang, said] of [
    ['401', 'da', 'fordi du ikke er logget ind længere'],
    ['403', 'en', 'because you are no longer logged in'],
    ['404', 'da', 'formularen virker ikke lige nu'],
    ['410', 'en', 'the form is not working right now'],
  ] as const) {
    it(`${seq}: says why a retry will not help (${lang}), every word kept`, async () => {
      // "Prøv igen om lidt" for a login that had ended or a form that is gone (#5).
      const el = await makeForm({ seq });
      el.lang = lang;
      await fillQuick(el, 'Mine ord');
      await send(el);
      const note = await failedNote(el);
      expect(note).to.contain(said);
      expect(note).not.to.match(/Prøv igen om lidt|Try again in a moment/);
      expect(($(el, '#f-comment') as HTMLTextAreaElement).value).to.equal('Mine ord');
    });
  }
});

describe('klar-feedback-form: an answer that is not a receipt (real endpoint)', () => {
  // A CMS catch-all or a login page answers 200 with a page; a redirect that turned the POST
  // into a GET ends on a page whatever it answers. None of them stored the message.
  const notStored: [string, string][] = [
    ['html', '200 text/html (a CMS catch-all)'],
    ['page', '200 whose body is a page, whatever its Content-Type says'],
    ['302', 'a redirect to a login page'],
    ['303', 'a redirect to a GET that answers 200 JSON'],
  ];
  for (const [seq, what] of notStored) {
    it(`${what}: not sent, says so with "Prøv igen", fires klar-feedback-error, keeps the text and the draft`, async () => {
      const t = testId();
      const el = await makeForm({ t, seq });
      const sent = sinon.spy();
      el.addEventListener('klar-feedback-sent', sent);
      await fillQuick(el, 'Mine ord');
      const err = oneEvent(el, 'klar-feedback-error');
      await send(el);
      expect((await err).detail).to.deep.equal({ reason: 'http', status: 200 });
      await el.updateComplete;
      const failed = focused(el) as HTMLElement;
      expect(bare(el, failed.id)).to.equal('failed');
      expect(failed.textContent).to.contain('Din besked er ikke sendt');
      expect(failed.textContent).to.contain('Prøv igen');
      expect(failed.textContent, 'no HTTP code on screen').to.not.match(/\b(200|30\d)\b/);
      expect($(el, '.klar-sent').hidden, 'no thank-you page').to.equal(true);
      expect(sent.called, 'klar-feedback-sent').to.equal(false);
      expect(($(el, '#f-comment') as HTMLTextAreaElement).value).to.equal('Mine ord');
      expect((await records(t)).attempts.filter((a) => a.behaviour === seq), 'not retried').to.have.length(1);
      el.remove();
      const again = await makeForm({ t, seq });
      expect(($(again, '#f-comment') as HTMLTextAreaElement).value, 'the draft after a reload').to.equal('Mine ord');
    });
  }

  const delivered: [string, string, boolean][] = [
    ['201', '201 with a JSON receipt', true],
    ['202', '202 with an empty body', false],
    ['204', '204 No Content', false],
    ['308,201', 'a 308 redirect that posts again and gets 201', true],
  ];
  for (const [seq, what, withReceipt] of delivered) {
    it(`${what}: delivered`, async () => {
      const t = testId();
      const el = await makeForm({ t, seq });
      await fillQuick(el, 'Mine ord');
      const sent = oneEvent(el, 'klar-feedback-sent');
      await send(el);
      const ev = await sent;
      if (withReceipt) expect(ev.detail.receipt).to.match(/^KF-/);
      else expect(ev.detail).to.deep.equal({ mode: 'quick' });
      expect((await records(t)).count).to.equal(1);
    });
  }
});

describe('klar-feedback-form: a send that fails says why in the console, for the integrator (real endpoint)', () => {
  // The citizen's "Din besked er ikke sendt" names no HTTP code; the integrator had only the
  // browser's own "Failed to load resource", and nothing at all for a page that answered 200.
  const kinds: [string, string, Record<string, string>, string][] = [
    ['html', 'a page that answers 200', {}, 'HTTP 200 is a page, not the endpoint\'s receipt'],
    ['302', 'a redirect to a login page', {}, 'HTTP 200 after a redirect (a POST turned into a GET) is a page'],
    ['500', 'a server error, after its retries', { retries: '1' }, 'HTTP 500.'],
    ['422', 'the content refused, with the citizen\'s words in its message', {}, 'HTTP 422: it refused the message\'s content'],
    // A timeout under 500 ms said "within 0 s".
    ['hang', 'no answer within the timeout', { timeout: '400', retries: '0' }, 'No complete answer within 400 ms.'],
    ['unreachable', 'a host that does not answer', { retries: '0' }, 'no answer ('],
  ];
  for (const [seq, what, attrs, says] of kinds) {
    it(`${what}: one klar-elements: warning naming the action and what it answered, never what the citizen wrote`, async () => {
      const t = testId();
      const el = await makeForm({ t, seq, mode: 'report', extra: '&field=whatWentWrong&echo=1', attrs });
      if (seq === 'unreachable') el.action = `http://127.0.0.1:9/feedback?t=${t}`;
      const warn = sinon.spy(console, 'warn');
      try {
        await type(el, '#f-whatWentWrong', 'Mine egne ord');
        const err = oneEvent(el, 'klar-feedback-error');
        await send(el);
        await err;
        const said = warn.getCalls().map((c) => String(c.args[0])).filter((m) => m.includes('could not send'));
        expect(said, 'one warning').to.have.length(1);
        expect(said[0]).to.match(new RegExp(`^klar-elements: klar-feedback-form: could not send feedback to \\S*t=${t}\\S*: `));
        expect(said[0]).to.contain(says);
        expect(said[0], 'never what the citizen wrote').to.not.contain('egne ord');
      } finally {
        warn.restore();
      }
    });
  }
});

describe('klar-feedback-form: backoff timing with a controlled clock', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });

  it('waits the capped exponential backoff with jitter between attempts (random fixed at 0 → 500 ms, then 1000 ms)', async () => {
    const t = testId();
    const el = await makeForm({ t, seq: '500,500,201' });
    el.retryDelay = 1000;
    // The jitter is drawn when an attempt has failed, just before the wait starts: counting the
    // draws tells the test the page has the answer (the server's log only says it was sent).
    let draws = 0;
    el.random = () => (draws++, 0);
    await fillQuick(el);
    clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await send(el);
    await until(async () => (await records(t)).attempts.length === 1 && el.status === 'retrying', { timeout: 5000, message: 'first attempt' });
    await el.updateComplete;
    expect(root(el).textContent).to.contain('Vi prøver igen om 1 sekund.');
    // Said once to a screen reader: the note above the questions is no live region.
    await clock.tickAsync(150);
    await el.updateComplete;
    expect($(el, '[part=announcer]').textContent).to.contain('Vi prøver igen om 1 sekund.');
    await clock.tickAsync(349);
    await realWait(150);
    expect((await records(t)).attempts).to.have.length(1);
    await clock.tickAsync(1);
    await until(async () => (await records(t)).attempts.length === 2, { timeout: 5000, message: 'second attempt' });
    await until(() => draws === 2, { timeout: 5000, message: 'the second failure to reach the page' });
    await clock.tickAsync(999);
    await realWait(150);
    expect((await records(t)).attempts).to.have.length(2);
    await clock.tickAsync(1);
    await until(() => el.status === 'sent', { timeout: 5000, message: 'sent' });
    expect((await records(t)).count).to.equal(1);
  });

  it('honours Retry-After on 503 (7 s) instead of the backoff', async () => {
    const t = testId();
    const el = await makeForm({ t, seq: '503:7,201' });
    el.random = () => 0;
    await fillQuick(el);
    clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await send(el);
    await until(() => el.status === 'retrying', { timeout: 5000, message: 'retrying' });
    await el.updateComplete;
    expect(root(el).textContent).to.contain('om 7 sekunder');
    await clock.tickAsync(6999);
    await realWait(150);
    expect((await records(t)).attempts).to.have.length(1);
    await clock.tickAsync(1);
    await until(() => el.status === 'sent', { timeout: 5000, message: 'sent' });
    expect((await records(t)).attempts.map((a) => a.behaviour)).to.deep.equal(['503:7', '201']);
  });

  it('counts the wait down, and says "nu" while the next try is on its way', async () => {
    // "Vi prøver igen om 1 sekund" still stood 20 s later, while an attempt hung (#7).
    const t = testId();
    const el = await makeForm({ t, seq: '503:3,hang' });
    el.timeout = 60_000;
    await fillQuick(el);
    clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await send(el);
    await until(() => el.status === 'retrying', { timeout: 5000, message: 'retrying' });
    await el.updateComplete;
    expect(root(el).textContent).to.contain('om 3 sekunder');
    await clock.tickAsync(1000);
    await el.updateComplete;
    expect(root(el).textContent).to.contain('om 2 sekunder');
    await clock.tickAsync(2000);
    await until(async () => (await records(t)).attempts.length === 2, { timeout: 5000, message: 'second attempt' });
    await el.updateComplete;
    expect(root(el).textContent).to.contain('Vi prøver igen nu');
    el.remove();
  });

  it('counts one wait at a time: a try refused at once starts its own count, the one before it stops', async () => {
    const t = testId();
    const el = await makeForm({ t, seq: '503:2,503:3,201' });
    await fillQuick(el);
    clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await send(el);
    await until(() => el.status === 'retrying', { timeout: 5000, message: 'retrying' });
    await clock.tickAsync(2000);
    await until(async () => (await records(t)).attempts.length === 2 && root(el).textContent!.includes('om 3 sekunder'), { timeout: 5000, message: 'the second wait' });
    const seconds = () => (el as unknown as { retryInSeconds: number }).retryInSeconds;
    // (At 3 s the wait and the count's last second end together: which runs first is the clock's, so 0 is not read here.)
    for (const left of [2, 1]) {
      await clock.tickAsync(1000);
      await el.updateComplete;
      expect(seconds(), `${left} s left`).to.equal(left);
      expect(root(el).textContent).to.contain(`om ${left} sekund`);
    }
    await clock.tickAsync(1000);
    await until(() => el.status === 'sent', { timeout: 5000, message: 'sent' });
  });

  it('honours Retry-After on 429, then backs off again', async () => {
    const t = testId();
    const el = await makeForm({ t, seq: '429:2,500,201' });
    let draws = 0;
    el.random = () => (draws++, 1);
    el.retryDelay = 100;
    await fillQuick(el);
    clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await send(el);
    await until(() => el.status === 'retrying');
    await clock.tickAsync(1999);
    await realWait(100);
    expect((await records(t)).attempts).to.have.length(1);
    await clock.tickAsync(1);
    await until(async () => (await records(t)).attempts.length === 2);
    // The 500 has reached the page and the next wait has started once the jitter is drawn.
    await until(() => draws === 1, { timeout: 5000, message: 'the 500 to reach the page' });
    // second retry: backoff(1, 100) with random 1 = 200 ms
    await clock.tickAsync(199);
    await realWait(100);
    expect((await records(t)).attempts).to.have.length(2);
    await clock.tickAsync(1);
    await until(() => el.status === 'sent', { timeout: 5000, message: 'sent' });
  });
});

describe('klar-feedback-form: 408', () => {
  it('retries 408 Request Timeout', async () => {
    const t = testId();
    const el = await makeForm({ t, seq: '408,201' });
    await fillQuick(el);
    await send(el);
    await oneEvent(el, 'klar-feedback-sent');
    const r = await records(t);
    // Chromium itself may resend after a 408 on a kept-alive socket; either way one record, one key.
    expect(r.attempts.map((a) => a.behaviour)).to.deep.equal(['408', '201']);
    expect(new Set(r.attempts.map((a) => a.key)).size).to.equal(1);
    expect(r.count).to.equal(1);
  });
});

describe('klar-feedback-form: offline', () => {
  afterEach(() => {
    delete (navigator as { onLine?: boolean }).onLine;
  });

  it('waits while offline with a visible note, then sends when the browser is back online', async () => {
    const t = testId();
    const el = await makeForm({ t });
    await fillQuick(el, 'Sendt fra toget');
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    await send(el);
    await until(() => el.status === 'offline', { timeout: 2000, message: 'offline' });
    await el.updateComplete;
    const note = $(el, '#offline');
    expect(note.textContent).to.contain('Vi sender din besked, så snart forbindelsen er tilbage');
    expect($(el, 'button[type=submit]').getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();
    await realWait(200);
    expect((await records(t)).attempts).to.have.length(0);
    delete (navigator as { onLine?: boolean }).onLine;
    const sent = oneEvent(el, 'klar-feedback-sent');
    window.dispatchEvent(new Event('online'));
    await sent;
    expect((await records(t)).count).to.equal(1);
    expect(maybe(el, '#offline')).to.equal(null);
  });

  it('moves focus from the send button, which can do nothing more, to the note that says the message waits; focus elsewhere stays, and the note is announced', async () => {
    const el = await makeForm();
    await fillQuick(el, 'Sendt fra toget');
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    const button = $(el, 'button[type=submit]');
    button.focus();
    button.click();
    await until(() => focusedId(el) === 'offline', { timeout: 2000, message: 'focus on the offline note' });
    expect(focused(el)!.textContent).to.contain('Vi sender din besked, så snart forbindelsen er tilbage');
    expect(focused(el)!.getAttribute('tabindex')).to.equal('-1');
    await expect(el).to.be.accessible();
    el.remove();

    const other = await makeForm();
    await fillQuick(other, 'Sendt fra toget');
    other.submit(); // focus stays in the comment
    await until(() => other.status === 'offline', { timeout: 2000, message: 'offline' });
    expect(focusedId(other)).to.equal('f-comment');
    await until(() => $(other, '[part=announcer]').textContent!.includes('Vi sender din besked'), { timeout: 2000, message: 'the note announced' });
  });
});

describe('klar-feedback-form: a reload after a send that did not go through', () => {
  const texts = {
    da: ['Vi har husket det, du skrev og valgte', 'Din besked er ikke sendt endnu. Tryk Send, når du er klar.'],
    en: ['We kept what you wrote and chose', 'Your message has not been sent yet. Press Send when you are ready.'],
  };
  for (const lang of ['da', 'en'] as const) {
    it(`says the restored message is not sent, sends nothing by itself, and "Send" stores it once under the same key (${lang})`, async () => {
      const t = testId();
      let el = await makeForm({ t, seq: '500,201', attrs: { lang } });
      el.retries = 0;
      await click(el, '#f-helped-no');
      await type(el, '#f-comment', 'Ring til mig om fristen');
      const err = oneEvent(el, 'klar-feedback-error');
      await send(el);
      await err;
      el.remove();
      // The page reloads: a new form with the same id and action reads the draft.
      el = await makeForm({ t, seq: '500,201', attrs: { lang } });
      await el.updateComplete;
      expect(($(el, '#f-comment') as HTMLTextAreaElement).value).to.equal('Ring til mig om fristen');
      const notice = $(el, '[part=notice]').textContent!.replace(/\s+/g, ' ');
      expect(notice).to.contain(texts[lang][0]);
      expect(notice, 'the citizen is told it is not sent').to.contain(texts[lang][1]);
      await expect(el).to.be.accessible();
      await realWait(300);
      expect((await records(t)).attempts, 'nothing sent without the citizen pressing Send').to.have.length(1);
      const sent = oneEvent(el, 'klar-feedback-sent');
      await send(el);
      await sent;
      const r = await records(t);
      expect(r.count).to.equal(1);
      expect(r.attempts.map((a) => a.key)).to.deep.equal([r.attempts[0].key, r.attempts[0].key]);
    });
  }
});
