import { expect, fixture, fixtureSync, html, oneEvent } from '@open-wc/testing';
import type { KlarFeedbackForm } from '../../src/klar-feedback-form.js';
import sinon from 'sinon';
import { DRAFT_PREFIX } from '../../src/core/draft-storage.js';
import { $, actionFor, click, describedAs, fillQuick, focused, makeForm, maybe, realWait, records, send, testId, type, focusedId, root, bare, own } from './helpers.js';
import { until } from '../helpers/until.js';
import { axDescription } from '../helpers/ax-name-page.js';
import { uuid } from '../../src/feedback-form/uuid.js';
import { ACTION_GRACE } from '../../src/feedback-form/feedback-more.js';
import { ifDefined } from 'lit/directives/if-defined.js';

afterEach(() => sessionStorage.clear());

describe('klar-feedback-form: rendering and modes', () => {
  it('renders a real <form> with the quick question in Danish by default, and is accessible', async () => {
    const el = await makeForm();
    expect(maybe(el, 'form')).to.exist;
    // One landmark, named once: the section is the region; the form inside it has no second name.
    expect(bare(el, $(el, 'section').getAttribute('aria-labelledby'))).to.equal('heading');
    expect($(el, 'form').hasAttribute('aria-labelledby')).to.equal(false);
    expect(root(el).textContent).to.contain('Fik du hjælp til det, du søgte?');
    expect($(el, '#f-helped-yes').textContent!.trim()).to.equal('Ja');
    await expect(el).to.be.accessible();
  });

  it('asks a different follow-up after Ja and after Nej, and focuses it', async () => {
    const el = await makeForm();
    await click(el, '#f-helped-yes');
    expect($(el, 'label[for=f-comment]').textContent).to.contain('Hvad hjalp dig?');
    expect(focusedId(el)).to.equal('f-comment');
    await click(el, '#f-change');
    await click(el, '#f-helped-no');
    expect($(el, 'label[for=f-comment]').textContent).to.contain('Hvad manglede du');
    await expect(el).to.be.accessible();
  });

  it('"Skift svar" after writing a comment says the comment is kept and not sent, on the page and to a screen reader; the answer brings it back', async () => {
    // The comment went from view unsaid, and a citizen could not tell whether it was lost or sent (citizen review, stop 53).
    const el = await makeForm();
    await click(el, '#f-helped-no');
    const region = $(el, '[part=announcer]');
    // The answer's "Tak. Dit svar er gemt." first, as when a citizen takes a moment to write.
    await until(() => region.textContent!.includes('Dit svar er gemt'), { message: 'the answer saved' });
    await type(el, '#f-comment', 'Jeg fandt ikke fristen');
    const kept = 'Din besked er ikke sendt endnu. Den kommer frem igen, når du har svaret.';
    await click(el, '#f-change');
    // Shown on the page (a paragraph; the live region is a div of its own).
    const note = (f: KlarFeedbackForm) => [...root(f).querySelectorAll('p')].some((p) => p.textContent!.includes(kept));
    expect(maybe(el, '#f-comment'), 'the comment is hidden').to.equal(null);
    expect(note(el), 'shown').to.equal(true);
    await until(() => region.textContent!.includes(kept), { message: 'said to a screen reader' });
    expect(focusedId(el)).to.equal('f-helped-no');
    await expect(el).to.be.accessible();
    await click(el, '#f-helped-yes');
    expect(($(el, '#f-comment') as HTMLTextAreaElement).value).to.equal('Jeg fandt ikke fristen');
    expect(note(el), 'the note goes with the question').to.equal(false);
    // Without a comment there is nothing to keep, and nothing is said.
    const empty = await makeForm();
    await click(empty, '#f-helped-no');
    await click(empty, '#f-change');
    await realWait(300);
    expect(root(empty).textContent).to.not.contain(kept);
  });

  it('renders the full form: rating with text labels, principle, contact only after ticking', async () => {
    const el = await makeForm({ mode: 'full' });
    const labels = [...root(el).querySelectorAll('label[for*=f-rating]')].map((l) => l.textContent!.trim());
    expect(labels).to.deep.equal(['1 – Meget utilfreds', '2 – Utilfreds', '3 – Hverken tilfreds eller utilfreds', '4 – Tilfreds', '5 – Meget tilfreds']);
    expect(root(el).querySelectorAll(own(el, '#f-principle option'))).to.have.length(10);
    // The contact fields are always in the form (so the server-rendered form has them without
    // JavaScript) and shown while the box is ticked: not seen, read out or reached before.
    const shown = (sel: string) => $(el, sel).getClientRects().length > 0;
    expect([shown('#f-contact-hint'), shown('#f-email'), shown('#f-phone')]).to.deep.equal([false, false, false]);
    expect(root(el).textContent).to.contain('Vi svarer inden for 5 arbejdsdage.');
    await click(el, '#f-wantsAnswer');
    expect([shown('#f-contact-hint'), shown('#f-email'), shown('#f-phone')]).to.deep.equal([true, true, true]);
    await expect(el).to.be.accessible();
  });

  it('promises the answer in the days answer-days says, in the singular for 1 ("1 arbejdsdag"), beside the box, in the post without JavaScript and on the thank-you page', async () => {
    // "1 arbejdsdage" / "1 working days" on the thank-you page.
    for (const [lang, days, beside, thanks] of [
      ['da', '1', 'Vi svarer inden for 1 arbejdsdag.', 'Vi svarer dig inden for 1 arbejdsdag.'],
      ['en', '1', 'We answer within 1 working day.', 'We will answer you within 1 working day.'],
      ['da', '10', 'Vi svarer inden for 10 arbejdsdage.', 'Vi svarer dig inden for 10 arbejdsdage.'],
      ['en', '2', 'We answer within 2 working days.', 'We will answer you within 2 working days.'],
    ] as const) {
      const t = testId();
      const el = await makeForm({ t, mode: 'report', attrs: { lang, 'answer-days': days } });
      await until(() => $(el, '#f-answer-time').textContent!.trim() === beside, { message: `${lang} ${days}: beside the box: ${$(el, '#f-answer-time').textContent}` });
      expect(($(el, 'input[name=answerDays]') as HTMLInputElement).value, 'posted without JavaScript').to.equal(days);
      await type(el, '#f-whatWentWrong', 'Knappen virker ikke');
      await click(el, '#f-wantsAnswer');
      await type(el, '#f-email', 'anna@example.dk');
      await send(el);
      await until(() => root(el).textContent!.includes(thanks), { timeout: 5000, message: `${lang} ${days}: thanked with "${thanks}": ${root(el).textContent}` });
    }
  });

  it('promises the default 5 working days for an answer-days that is not a whole number from 1 to 99, and says so once to the integrator', async () => {
    // answer-days="abc" showed "NaN arbejdsdage", "0" "0 arbejdsdage", "1.5" a day and a half.
    const warn = sinon.stub(console, 'warn');
    try {
      for (const bad of ['abc', '0', '-3', '1.5', '', '100']) {
        const t = testId();
        const el = await makeForm({ t, mode: 'report', attrs: { 'answer-days': bad } });
        expect($(el, '#f-answer-time').textContent!.trim(), bad).to.equal('Vi svarer inden for 5 arbejdsdage.');
        expect(($(el, 'input[name=answerDays]') as HTMLInputElement).value, `${bad}: posted without JavaScript`).to.equal('5');
        await type(el, '#f-whatWentWrong', 'Knappen virker ikke');
        await click(el, '#f-wantsAnswer');
        await type(el, '#f-email', 'anna@example.dk');
        await send(el);
        await until(() => root(el).textContent!.includes('Vi svarer dig inden for 5 arbejdsdage.'), { timeout: 5000, message: `${bad}: the thank-you page: ${root(el).textContent}` });
        const said = warn.args.map((a) => String(a[0])).filter((m) => m.includes(`answer-days="${bad}"`));
        expect(said, `${bad}: one warning: ${warn.args.join(' | ')}`).to.have.length(1);
        expect(said[0], bad).to.contain('1 to 99').and.to.contain('5');
      }
    } finally {
      warn.restore();
    }
  });

  it('names the promises with one word in the principle question and its hint ("løfter", "promises"), in Danish and English', async () => {
    for (const [lang, word, other] of [['da', 'løfter', /princip/i], ['en', 'promises', /principle/i]] as const) {
      const el = await makeForm({ mode: 'full', attrs: { lang } });
      await until(() => $(el, 'label[for=f-principle]').textContent!.includes(word), { message: `${lang}: the question` });
      const hint = $(el, '#f-principle-hint').textContent!;
      expect(hint, lang).to.contain(word);
      expect(hint, lang).to.not.match(other);
    }
  });

  it('renders the report form; the case reference is a choice, unticked', async () => {
    const el = await makeForm({ mode: 'report', attrs: { 'case-reference': 'SAG-2026-42' } });
    expect($(el, 'label[for=f-whatWentWrong]').textContent).to.contain('Hvad gik galt?');
    expect($(el, 'label[for=f-attachCase]').textContent).to.contain('SAG-2026-42');
    expect(($(el, '#f-attachCase') as HTMLInputElement).checked).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('an unknown mode (mode="fuld") warns once and is the quick form: its heading and question, its error summary, a click sends mode "quick"', async () => {
    // It drew an empty heading and report mode's questions, its send was refused (422), and the
    // error summary's link to the mode's first field recursed without end (RangeError).
    const warn = sinon.spy(console, 'warn');
    try {
      const t = testId();
      const el = await makeForm({ t, mode: 'fuld' });
      expect([el.mode, el.getAttribute('mode')]).to.deep.equal(['quick', 'quick']);
      expect($(el, '#heading').textContent!.trim()).to.equal('Hjælp os med at gøre siden bedre');
      expect(root(el).textContent).to.contain('Fik du hjælp til det, du søgte?');
      expect(maybe(el, '#f-whatWentWrong')).to.equal(null);
      expect(await el.reportValidity()).to.equal(false);
      expect(bare(el, $(el, '#error-summary a').getAttribute('href'))).to.equal('#f-helped-yes');
      await click(el, '#f-helped-yes');
      await until(async () => (await records(t)).answers.count === 1, { message: 'the answer stored' });
      expect((await records(t)).answers.records[0].body.mode).to.equal('quick');
      const said = warn.getCalls().map((c) => String(c.args[0])).filter((m) => m.includes('mode='));
      expect(said).to.deep.equal(['klar-elements: <klar-feedback-form> mode="fuld" is unknown; using "quick". Valid: quick, full, report.']);
    } finally {
      warn.restore();
    }
  });

  it('speaks English under lang="en", and follows a live switch', async () => {
    const t = testId();
    const wrap = fixtureSync(html`<div lang="en"><klar-feedback-form mode="report" action=${actionFor(t)}></klar-feedback-form></div>`);
    const el = wrap.querySelector('klar-feedback-form')!;
    await el.updateComplete;
    expect(root(el).textContent).to.contain('What went wrong?');
    wrap.setAttribute('lang', 'da');
    await until(() => root(el).textContent!.includes('Hvad gik galt?'), { timeout: 2000, message: 'Danish' });
  });

  it('lets every text be replaced through `texts` and the heading through a slot', async () => {
    const t = testId();
    const el = await fixture<KlarFeedbackForm>(html`<klar-feedback-form action=${actionFor(t)} .texts=${{ 'feedback.helped': 'Var siden nyttig?' }}>
      <span slot="heading">Din mening</span>
    </klar-feedback-form>`);
    expect(root(el).textContent).to.contain('Var siden nyttig?');
    // Light DOM: the author's node stays theirs, shown where the heading is; ours is not shown.
    const own = el.querySelector(':scope > [slot=heading]')!;
    expect(own.textContent).to.equal('Din mening');
    expect($(el, '.klar-heading').getClientRects().length, 'our heading not shown').to.equal(0);
    expect(own.getBoundingClientRect().top).to.be.lessThan($(el, '#q-helped').getBoundingClientRect().top);
  });

  it('render-mode="shadow" keeps the shadow root: the heading slot is a real slot, the form inside it', async () => {
    const t = testId();
    const el = await fixture<KlarFeedbackForm>(html`<klar-feedback-form render-mode="shadow" action=${actionFor(t)}>
      <span slot="heading">Din mening</span>
    </klar-feedback-form>`);
    expect(el.shadowRoot, 'a shadow root').to.not.equal(null);
    expect(el.querySelector(':scope > .klar-root'), 'nothing rendered into the light DOM').to.equal(null);
    const slot = $(el, 'slot[name=heading]') as HTMLSlotElement;
    expect(slot.assignedNodes()[0].textContent).to.equal('Din mening');
    await click(el, '#f-helped-yes');
    await type(el, '#f-comment', 'Skyggen virker');
    expect(focusedId(el)).to.equal('f-comment');
    expect(el.values.comment).to.equal('Skyggen virker');
  });

  it('works right-to-left', async () => {
    const t = testId();
    const wrap = fixtureSync(html`<div dir="rtl" lang="ar"><klar-feedback-form mode="full" action=${actionFor(t)}></klar-feedback-form></div>`);
    const el = wrap.querySelector('klar-feedback-form')!;
    await el.updateComplete;
    expect($(el, '.klar-base').getAttribute('dir')).to.equal('rtl');
    await expect(el).to.be.accessible();
  });

  it('uses targets of at least 24×24 px at 320 px wide', async () => {
    const t = testId();
    const wrap = fixtureSync(html`<div style="width:320px"><klar-feedback-form mode="full" action=${actionFor(t)}></klar-feedback-form></div>`);
    const el = wrap.querySelector('klar-feedback-form')!;
    await el.updateComplete;
    await click(el, '#f-wantsAnswer');
    for (const c of root(el).querySelectorAll<HTMLElement>('button, input:not([tabindex="-1"]):not([type="hidden"]), select, textarea')) {
      if (c.closest('[hidden]')) continue;
      const r = c.getBoundingClientRect();
      const name = c.id || `${c.tagName} ${c.getAttribute('type') ?? ''} ${c.getAttribute('name') ?? ''} ${c.className}`;
      expect(r.width, name).to.be.at.least(24);
      expect(r.height, name).to.be.at.least(24);
    }
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('hides the honeypot from people and assistive tech', async () => {
    const el = await makeForm();
    const hp = $(el, '#f-website') as HTMLInputElement;
    expect(hp.closest('[aria-hidden=true]')).to.exist;
    expect(hp.tabIndex).to.equal(-1);
    expect(hp.getAttribute('autocomplete')).to.equal('off');
    // Nor read by read-aloud, translation or reader views, which read the page's text (light DOM).
    expect(el.textContent).not.to.contain('Lad dette felt være tomt');
    expect(hp.getAttribute('aria-label')).to.equal('Lad dette felt være tomt');
  });
});

describe('klar-feedback-form: sending', () => {
  it('posts the schema-valid payload with an Idempotency-Key header and shows the thank-you heading with the receipt, focused', async () => {
    const t = testId();
    const el = await makeForm({ t });
    await fillQuick(el, 'Den var klar');
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    const ev = await sent;
    const r = await records(t);
    expect(r.count).to.equal(1);
    const body = r.records[0].body as Record<string, any>;
    expect(body.mode).to.equal('quick');
    // "Ja" was stored at the click; the comment follows it up by the id the server returned.
    expect(r.answers.count).to.equal(1);
    expect(r.answers.records[0].body.answers).to.deep.equal({ helped: 'yes' });
    expect(body.answers).to.deep.equal({ comment: 'Den var klar' });
    expect(body.answerTo).to.equal(r.answers.records[0].receipt);
    expect(body.lang).to.equal('da');
    expect(body.version).to.match(/^\d+\.\d+\.\d+/);
    expect(body.pageUrl).to.equal(location.origin + location.pathname);
    expect(Date.parse(body.clientTimestamp)).to.be.closeTo(Date.now(), 60_000);
    expect(body).to.not.have.property('website');
    expect(r.attempts[0].key).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(r.attempts[0].referer, 'no Referer').to.equal('');
    expect(r.attempts[0].cookie, 'no cookies').to.equal('');
    expect(ev.detail.receipt).to.match(/^KF-\d+$/);
    await el.updateComplete;
    const heading = focused(el) as HTMLElement;
    expect(bare(el, heading.id)).to.equal('thanks');
    expect(heading.tagName).to.equal('H2');
    expect(heading.textContent).to.contain('Tak for din besked');
    expect($(el, '#receipt').textContent).to.contain(ev.detail.receipt!);
    expect(bare(el, heading.getAttribute('aria-describedby'))).to.equal('receipt');
    expect(el.contains(document.activeElement), 'focus in the form').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a server that answers { receipt, id } with two values: the comment links by the id (answerTo), the citizen and the events see the receipt', async () => {
    // The reference server's id is a random token to link with; its receipt (KF-…) is for people.
    // One value for both sent the receipt as answerTo, which anyone can guess, and the server refuses.
    const t = testId();
    const el = await makeForm({ t, extra: '&reply=ids' });
    const answered = oneEvent(el, 'klar-feedback-answer');
    await click(el, '#f-helped-no');
    const answer = (await answered).detail;
    let r = await records(t);
    const { receipt, id } = r.answers.records[0];
    expect(id).to.not.equal(receipt);
    expect(answer).to.deep.equal({ receipt, helped: 'no' });
    await type(el, '#f-comment', 'Fristen manglede');
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    const ev = await sent;
    r = await records(t);
    expect(r.count).to.equal(1);
    expect(r.records[0].body.answerTo, 'linked by the id').to.equal(id);
    expect(ev.detail.receipt).to.equal(r.records[0].receipt);
    await el.updateComplete;
    expect($(el, '#receipt').textContent).to.equal(`Dit kvitteringsnummer er ${r.records[0].receipt}.`);
    expect(root(el).textContent).to.not.contain(r.records[0].id).and.to.not.contain(id);
  });

  it('a server whose id is ten digits that read as a CPR number: the comment, written before a reload and sent after it, links by that id whole', async () => {
    // A municipal system's sequence number (2512011001) has a CPR number's shape: taken out of the
    // answer or the draft, the follow-up linked to nothing and the server refused it.
    const t = testId();
    let el = await makeForm({ t, extra: '&reply=digits', id: `f-${t}` });
    await click(el, '#f-helped-no');
    await until(() => root(el).textContent!.includes('Dit svar er gemt'), { message: 'its receipt came' });
    const { digits } = (await records(t)).answers.records[0];
    expect(digits).to.match(/^\d{10}$/);
    await type(el, '#f-comment', 'Fristen manglede');
    const action = el.getAttribute('action')!;
    el.remove();
    el = await fixture<KlarFeedbackForm>(html`<klar-feedback-form id=${`f-${t}`} mode="quick" action=${action} min-time="0" retry-delay="10"></klar-feedback-form>`);
    await el.updateComplete;
    const outcome = Promise.race([oneEvent(el, 'klar-feedback-sent').then(() => 'sent'), oneEvent(el, 'klar-feedback-error').then(() => 'refused')]);
    // A page that listens (or sends the message itself) sees the link whole too.
    const submitted = oneEvent(el, 'klar-feedback-submit');
    await send(el);
    expect((await submitted).detail.payload.answerTo, 'klar-feedback-submit').to.equal(digits);
    expect(await outcome).to.equal('sent');
    const r = await records(t);
    expect(r.answers.count, 'the answer not sent again').to.equal(1);
    expect(r.records.at(-1)!.body.answerTo, 'linked by the id, whole').to.equal(digits);
  });

  it('a server that answers { receipt, id }: "Skriv en ny besked" after the answer alone, and a reload, still link by the id and show the receipt', async () => {
    const t = testId();
    let el = await makeForm({ t, extra: '&reply=ids', id: `f-${t}` });
    await click(el, '#f-helped-yes');
    await until(async () => (await records(t)).answers.count === 1, { message: 'the answer stored' });
    await until(() => root(el).textContent!.includes('Dit svar er gemt'), { message: 'its receipt came' });
    const { receipt, id } = (await records(t)).answers.records[0];
    // Sent with no comment: thanked for the answer, with its receipt.
    const thanked = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    expect((await thanked).detail.receipt).to.equal(receipt);
    await el.updateComplete;
    expect(root(el).textContent).to.contain(receipt).and.to.not.contain(id);
    // A new message on the same answer, written, then the page reloaded: the draft keeps both.
    await click(el, '.klar-again button');
    await type(el, '#f-comment', 'En ting mere');
    const action = el.getAttribute('action')!;
    el.remove();
    el = await fixture<KlarFeedbackForm>(html`<klar-feedback-form id=${`f-${t}`} mode="quick" action=${action} min-time="0" retry-delay="10"></klar-feedback-form>`);
    await el.updateComplete;
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    const ev = await sent;
    const r = await records(t);
    expect(r.answers.count, 'the answer not sent again').to.equal(1);
    expect(r.records.at(-1)!.body.answerTo).to.equal(id);
    expect(r.records.at(-1)!.body.answers).to.deep.equal({ comment: 'En ting mere' });
    expect(ev.detail.receipt).to.equal(r.records.at(-1)!.receipt);
  });

  it('a server that answers { id } alone: that id is both the receipt shown and the value linked with, as before', async () => {
    const t = testId();
    const el = await makeForm({ t, extra: '&reply=id' });
    const answered = oneEvent(el, 'klar-feedback-answer');
    await click(el, '#f-helped-yes');
    const detail = (await answered).detail;
    const { receipt } = (await records(t)).answers.records[0];
    expect(detail.receipt).to.equal(receipt);
    await type(el, '#f-comment', 'Fint');
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    const ev = await sent;
    const r = await records(t);
    expect(r.records[0].body.answerTo).to.equal(receipt);
    expect(ev.detail.receipt).to.equal(r.records[0].receipt);
  });

  it('keeps the receipt number on one line in a narrow form, and copies it as the server sent it', async () => {
    const t = testId();
    const el = await makeForm({ t });
    await fillQuick(el, 'Fint');
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    const { receipt } = (await sent).detail;
    await el.updateComplete;
    // Narrower than the number itself: it would break at its hyphen ("KF-" / "1005.").
    el.style.inlineSize = '3rem';
    const p = $(el, '#receipt');
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
      const at = n.data.indexOf(receipt!);
      if (at >= 0) {
        range.setStart(n, at);
        range.setEnd(n, at + receipt!.length);
      }
    }
    expect(range.toString(), 'the number as one piece of text, as sent').to.equal(receipt);
    const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
    expect(tops.size, `"${receipt}" on ${tops.size} lines`).to.equal(1);
    expect(p.textContent).to.equal(`Dit kvitteringsnummer er ${receipt}.`);
  });

  it('puts the form and its thank-you heading at the page outline\'s level (heading-level), through the one heading helper', async () => {
    const t = testId();
    const el = await makeForm({ t, attrs: { 'heading-level': '4' } });
    const first = $(el, '#heading');
    expect(first.tagName).to.equal('H4');
    expect(first.hasAttribute('tabindex'), 'the form heading is not a focus target').to.equal(false);
    expect(first.hasAttribute('aria-describedby')).to.equal(false);
    await fillQuick(el, 'Fint');
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    await sent;
    await el.updateComplete;
    const thanks = focused(el) as HTMLElement;
    expect(bare(el, thanks.id)).to.equal('thanks');
    expect(thanks.tagName).to.equal('H4');
    expect(thanks.getAttribute('tabindex')).to.equal('-1');
    expect(bare(el, thanks.getAttribute('aria-describedby'))).to.equal('receipt');
    // Out of range or not a number: the same fallback (h2) as every element; 1 is a level like any other.
    for (const [given, tag] of [['9', 'H2'], ['nonsense', 'H2'], ['1', 'H1']]) {
      el.setAttribute('heading-level', given);
      await el.updateComplete;
      expect($(el, '#thanks').tagName, given).to.equal(tag);
    }
  });

  it('sends the full form with rating label, principle and contact only when an answer is wanted', async () => {
    const t = testId();
    const el = await makeForm({ t, mode: 'full' });
    await click(el, '#f-rating-4');
    await type(el, '#f-worked', 'Hurtigt svar');
    await type(el, '#f-improve', 'Mere tydelige frister');
    const select = $(el, '#f-principle') as HTMLSelectElement;
    select.value = 'tydelige-forventninger';
    select.dispatchEvent(new Event('change'));
    await click(el, '#f-wantsAnswer');
    await type(el, '#f-email', 'anna@example.dk');
    await send(el);
    await until(async () => (await records(t)).count === 1, { timeout: 5000, message: 'stored' });
    const body = (await records(t)).records[0].body as Record<string, any>;
    expect(body.answers.rating).to.deep.equal({ value: 4, label: 'Tilfreds' });
    expect(body.answers.wantsAnswer).to.equal(true);
    expect(body.principle).to.equal('tydelige-forventninger');
    expect(body.contact).to.deep.equal({ email: 'anna@example.dk' });
  });

  it('attaches the case reference only when the citizen agrees', async () => {
    const t = testId();
    const el = await makeForm({ t, mode: 'report', attrs: { 'case-reference': 'SAG-42' } });
    await type(el, '#f-whatWentWrong', 'Knappen virkede ikke');
    await send(el);
    await until(async () => (await records(t)).count === 1);
    expect((await records(t)).records[0].body).to.not.have.property('caseReference');

    const t2 = testId();
    const el2 = await makeForm({ t: t2, mode: 'report', attrs: { 'case-reference': 'SAG-42' } });
    await type(el2, '#f-whatWentWrong', 'Knappen virkede ikke');
    await click(el2, '#f-attachCase');
    await send(el2);
    await until(async () => (await records(t2)).count === 1);
    expect((await records(t2)).records[0].body.caseReference).to.equal('SAG-42');
  });

  it('fires a cancelable klar-feedback-submit first; cancelling sends nothing', async () => {
    const t = testId();
    const el = await makeForm({ t });
    await fillQuick(el);
    const submitted = new Promise<any>((resolve) =>
      el.addEventListener('klar-feedback-submit', (e) => {
        e.preventDefault();
        resolve(e.detail);
      }),
    );
    await send(el);
    const detail = await submitted;
    expect(detail.payload.mode).to.equal('quick');
    expect(detail.idempotencyKey).to.be.a('string');
    await new Promise((r) => setTimeout(r, 200));
    expect((await records(t)).attempts).to.have.length(0);
    await el.showSent('EXT-1');
    expect(focusedId(el)).to.equal('thanks');
  });

  it('sends once on a double click and on repeated Enter; the button stays focusable with aria-disabled', async () => {
    const t = testId();
    const el = await makeForm({ t, mode: 'report', attrs: { 'min-time': '300' } });
    await type(el, '#f-where', 'Forsiden');
    await type(el, '#f-whatWentWrong', 'Siden frøs');
    const button = $(el, 'button[type=submit]') as HTMLButtonElement;
    button.click();
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    expect(button.disabled).to.equal(false);
    button.focus();
    expect(focused(el)).to.equal(button);
    // Enter in a text input submits the form implicitly
    const where = $(el, '#f-where') as HTMLInputElement;
    where.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    el.submit();
    el.submit();
    await oneEvent(el, 'klar-feedback-sent');
    const r = await records(t);
    expect(r.attempts).to.have.length(1);
    expect(r.count).to.equal(1);
  });

  it('a second message after "Skriv en ny besked" gets a new Idempotency-Key and is stored, even with the same words', async () => {
    const t = testId();
    const el = await makeForm({ t, mode: 'full' });
    for (let i = 0; i < 2; i++) {
      await click(el, '#f-rating-4');
      await type(el, '#f-worked', 'Samme ord');
      const sent = oneEvent(el, 'klar-feedback-sent');
      await send(el);
      await sent;
      await el.updateComplete;
      if (i === 0) {
        const again = [...root(el).querySelectorAll<HTMLButtonElement>('.klar-sent button')].find((b) => b.textContent!.includes('Skriv en ny besked'))!;
        again.click();
        await el.updateComplete;
      }
    }
    const r = await records(t);
    expect(r.attempts).to.have.length(2);
    expect(r.attempts[0].key).to.not.equal(r.attempts[1].key);
    expect(r.count).to.equal(2);
  });

  it('refuses an action that is not http(s) with one console warning; the form stays usable and says plainly it cannot send', async () => {
    const warn = sinon.spy(console, 'warn');
    try {
      for (const action of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>']) {
        const el = await fixture<KlarFeedbackForm>(html`<klar-feedback-form mode="report" action=${action} min-time="0"></klar-feedback-form>`);
        const form = $(el, 'form');
        expect(form.hasAttribute('action'), action).to.equal(false);
        await type(el, '#f-whatWentWrong', 'Siden virker ikke');
        expect(($(el, '#f-whatWentWrong') as HTMLTextAreaElement).value).to.equal('Siden virker ikke');
        const before = location.href;
        await send(el);
        await el.updateComplete;
        expect(location.href).to.equal(before);
        expect($(el, '#failed').textContent).to.contain('Formularen er ikke sat rigtigt op');
        expect(maybe(el, '#failed button'), 'no "Prøv igen" that cannot work').to.equal(null);
      }
      // Said once the page has loaded and ACTION_GRACE passed, the forms still on the page.
      const unsafe = () => warn.getCalls().filter((c) => String(c.args[0]).includes('http(s)'));
      await until(() => unsafe().length > 0, { message: 'the warning', timeout: ACTION_GRACE + 10_000 });
      await realWait(500);
      const calls = unsafe();
      expect(calls, 'warned once').to.have.length(1);
      expect(String(calls[0].args[0])).to.not.contain('alert');
    } finally {
      warn.restore();
    }
  });

  it('without an action: warns while it is on the page, once the page has loaded and ACTION_GRACE passed, not when the page sets one after the first draw; "Ja"/"Nej" says at once, as Send does, that nothing can be sent, and fires klar-feedback-error', async () => {
    // A CMS that strips `action`: the click showed "Du svarede: Ja" and the comment as if saved, and
    // nothing was sent, fired or logged until a citizen also wrote a comment and pressed Send.
    const warn = sinon.spy(console, 'warn');
    const said = () => warn.getCalls().map((c) => String(c.args[0])).filter((m) => m.includes('set the `action`'));
    try {
      // Warned at its first draw, the console blamed a page that was right: React sets the action in
      // an effect, Angular in a later binding, a CMS script after DOMContentLoaded. (The form below
      // then warns: the page had not said it before, which warnOnce would have kept from the spy.)
      const late = await fixture<KlarFeedbackForm>(html`<klar-feedback-form min-time="0"></klar-feedback-form>`);
      await realWait(300);
      late.action = `/api/feedback?t=${testId()}`;
      await late.updateComplete;
      await realWait(ACTION_GRACE + 500);
      expect(said(), 'no warning for an action set after the first draw').to.deep.equal([]);
      expect(maybe(late, 'form')?.getAttribute('action')).to.match(/^\/api\/feedback/);
      late.remove();
      for (const action of [undefined, 'ftp://example.org/feedback']) {
        const el = await fixture<KlarFeedbackForm>(html`<klar-feedback-form action=${ifDefined(action)} min-time="0"></klar-feedback-form>`);
        if (!action) {
          await until(() => said().length > 0, { message: 'the warning, with no click', timeout: ACTION_GRACE + 10_000 });
          expect(said()).to.deep.equal(['klar-elements: klar-feedback-form: set the `action` attribute to the URL that receives the feedback; this form sends nothing.']);
        }
        const errors: unknown[] = [];
        el.addEventListener('klar-feedback-error', (e) => errors.push(e.detail));
        const submitted = sinon.spy();
        el.addEventListener('klar-feedback-submit', submitted);
        await click(el, action ? '#f-helped-no' : '#f-helped-yes');
        await until(() => errors.length === 1, { message: 'klar-feedback-error at the click' });
        await el.updateComplete;
        const notice = $(el, '#failed');
        expect(notice.getAttribute('role')).to.equal('alert');
        const told = notice.textContent!.replace(/\s+/g, ' ').trim();
        expect(told).to.contain('Din besked er ikke sendt').and.to.contain('Formularen er ikke sat rigtigt op');
        expect(maybe(el, '#failed button'), 'no "Prøv igen" that cannot work').to.equal(null);
        expect(root(el).textContent, 'never said to be saved').to.not.contain('Dit svar er gemt');
        await expect(el).to.be.accessible();
        // Send says it in the same words, the same way, with the same reason.
        await type(el, '#f-comment', 'Fint');
        await send(el);
        await el.updateComplete;
        expect($(el, '#failed').textContent!.replace(/\s+/g, ' ').trim()).to.equal(told);
        expect(errors, action).to.deep.equal([{ reason: 'configuration' }, { reason: 'configuration' }]);
        expect(submitted.called, 'nothing sent').to.equal(false);
      }
    } finally {
      warn.restore();
    }
  });

  it('waits for the minimum time before sending', async () => {
    const t = testId();
    // Wide margins, so a slow engine under load cannot pass the minimum while the test is still typing.
    const el = await makeForm({ t, attrs: { 'min-time': '2500' } });
    (el as any).renderedAt = Date.now();
    await fillQuick(el);
    await send(el);
    await new Promise((r) => setTimeout(r, 300));
    expect((await records(t)).attempts).to.have.length(0);
    await oneEvent(el, 'klar-feedback-sent');
    expect((await records(t)).attempts).to.have.length(1);
  });

  it('does not send when the honeypot is filled, but looks done', async () => {
    const t = testId();
    const el = await makeForm({ t });
    await fillQuick(el);
    await type(el, '#f-website', 'http://spam.example');
    await send(el);
    expect(el.status).to.equal('sent');
    await new Promise((r) => setTimeout(r, 200));
    expect((await records(t)).attempts).to.have.length(0);
  });
});

describe('klar-feedback-form: errors and focus', () => {
  it('focuses an error summary (its words in an alert inside it) whose links move focus to the fields; inline errors start with "Fejl:"', async () => {
    const el = await makeForm({ mode: 'report' });
    await send(el);
    const summary = focused(el) as HTMLElement;
    expect(bare(el, summary.id)).to.equal('error-summary');
    // Not the focused element itself: an alert that takes focus was heard twice (screen-reader review, stop 58).
    expect(summary.getAttribute('role')).to.equal(null);
    expect(summary.querySelector('[role=alert]')!.textContent).to.contain('Der er et problem');
    expect(summary.textContent).to.contain('Skriv, hvad der gik galt');
    expect($(el, '#f-whatWentWrong-error').textContent!.trim()).to.match(/^Fejl:/);
    expect($(el, '#f-whatWentWrong').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#f-whatWentWrong').getAttribute('aria-describedby')).to.contain('f-whatWentWrong-error');
    await expect(el).to.be.accessible();
    (summary.querySelector('a') as HTMLAnchorElement).click();
    expect(focusedId(el)).to.equal('f-whatWentWrong');
    expect(location.hash).to.equal('');
  });

  it('says "Fejl: " with its space in the text, so a screen reader reads it too (the description read "Fejl:Vælg hvor tilfreds …")', async () => {
    for (const [lang, said, rule] of [
      ['da', 'Fejl: Vælg hvor tilfreds du er, eller skriv hvad der fungerede eller kan gøres bedre', 'Svar her, eller skriv i et af de to felter herunder.'],
      ['en', 'Error: Choose how satisfied you are, or write what worked or what we could do better', 'Answer here, or write in one of the two boxes below.'],
    ]) {
      const el = await makeForm({ mode: 'full', attrs: { lang } });
      await send(el);
      const error = $(el, '#f-rating-error');
      const description = await axDescription(`#${el.id} fieldset[aria-describedby]`);
      // The rule first (every question looked optional), then the error.
      if (description !== null) expect(description, `${lang}: the group's description`).to.equal(`${rule} ${said}`);
      // Chromium leaves a text of spaces alone out of a description: the space is in the words' own text.
      expect([...error.querySelectorAll('*')].flatMap((e) => [...e.childNodes]).filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent), lang).to.deep.equal([said]);
    }
  });

  it('says the CPR warning\'s two sentences with their space in the text (the description read "… din besked.Sender du den …")', async () => {
    const el = await makeForm({ mode: 'report' });
    await type(el, '#f-whatWentWrong', 'Mit CPR-nummer er 010203-1234.');
    await until(() => !!maybe(el, '#f-whatWentWrong-cpr-text'), { message: 'the CPR warning' });
    const texts = [...$(el, '#f-whatWentWrong-cpr-text').childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()).map((n) => n.textContent);
    expect(texts).to.deep.equal(['Det ligner et CPR-nummer. Vi behøver det ikke for at læse din besked. Sender du den, tager vi nummeret ud af teksten.']);
  });

  it('puts focus back where it was when the page moves the form (a CMS re-inserts it), at once or after a pause; focus the citizen took elsewhere stays there', async () => {
    const el = await makeForm();
    await fillQuick(el, 'Flyttet midt i teksten');
    const comment = $(el, '#f-comment') as HTMLTextAreaElement;
    comment.setSelectionRange(7, 7);
    const box = document.createElement('div');
    const outside = document.createElement('button');
    document.body.append(box, outside);
    try {
      box.append(el); // removed and inserted in one task
      expect(focusedId(el), 'in the comment again').to.equal('f-comment');
      expect(comment.selectionStart, 'the caret where it was').to.equal(7);
      const sent = oneEvent(el, 'klar-feedback-sent');
      await send(el);
      await sent;
      await until(() => focusedId(el) === 'thanks', { message: 'the thank-you heading focused' });
      el.remove();
      await realWait(300); // out of the page for a while
      box.before(el);
      expect(focusedId(el), 'on the thank-you heading again').to.equal('thanks');
      outside.focus();
      el.remove();
      box.append(el);
      expect(document.activeElement, 'focus outside the form stays there').to.equal(outside);
      $(el, '#thanks').focus();
      $(el, '#thanks').blur(); // the citizen clicked the page
      await realWait(0);
      box.after(el);
      expect(document.activeElement, 'focus that had left the form is not taken back').to.equal(document.body);
    } finally {
      box.remove();
      outside.remove();
    }
  });

  it('says how long a text that is too long is now, with the digits grouped as the language writes them', async () => {
    const texts = {
      da: 'Teksten er for lang. Du har skrevet 5.210 tegn. Skriv højst 5.000 tegn.',
      en: 'The text is too long. You have written 5,210 characters. Write at most 5,000 characters.',
    };
    for (const lang of ['da', 'en'] as const) {
      const el = await makeForm({ attrs: { lang } });
      await el.updateComplete;
      await click(el, '#f-helped-no');
      await type(el, '#f-comment', 'a'.repeat(5210));
      await send(el);
      expect($(el, '#error-summary').textContent!.replace(/\s+/g, ' '), lang).to.contain(texts[lang]);
      expect($(el, '#f-comment-error').textContent!.replace(/\s+/g, ' '), lang).to.contain(texts[lang]);
      el.remove();
    }
  });

  it('names the field in a summary link whose words another link has too (both texts too long), so each link says where it goes', async () => {
    // Two links "Teksten er for lang. Du har skrevet 5.210 tegn. …" led to two different fields: a screen
    // reader's list of links, and read-aloud, could not tell which text was which. Links that differ
    // in their count only ("… 5.001 tegn …", "… 5.100 tegn …") could not be told apart either.
    const el = await makeForm({ mode: 'full' });
    await click(el, '#f-rating-3');
    await type(el, '#f-worked', 'a'.repeat(5001));
    await type(el, '#f-improve', 'b'.repeat(5100));
    await send(el);
    const summary = () => [...el.renderRoot.querySelectorAll('.klar-summary a')].map((a) => a.textContent!.replace(/\s+/g, ' ').trim());
    expect(summary()).to.deep.equal([
      'Hvad fungerede godt? Teksten er for lang. Du har skrevet 5.001 tegn. Skriv højst 5.000 tegn.',
      'Hvad kan vi gøre bedre? Teksten er for lang. Du har skrevet 5.100 tegn. Skriv højst 5.000 tegn.',
    ]);
    await type(el, '#f-worked', 'a'.repeat(5210));
    await type(el, '#f-improve', 'b'.repeat(5210));
    await send(el);
    const links = summary();
    expect(links).to.deep.equal([
      'Hvad fungerede godt? Teksten er for lang. Du har skrevet 5.210 tegn. Skriv højst 5.000 tegn.',
      'Hvad kan vi gøre bedre? Teksten er for lang. Du har skrevet 5.210 tegn. Skriv højst 5.000 tegn.',
    ]);
    // One too long: its words alone, as before.
    await type(el, '#f-improve', 'b');
    await send(el);
    expect([...el.renderRoot.querySelectorAll('.klar-summary a')].map((a) => a.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['Teksten er for lang. Du har skrevet 5.210 tegn. Skriv højst 5.000 tegn.']);
  });

  it('says a text\'s limit once at its field: the hint gives way to the error that says it', async () => {
    // "Skriv højst 5.000 tegn." stood under the label and again at the end of "Teksten er for lang. Du har
    // skrevet 5.001 tegn. Skriv højst 5.000 tegn." right below it, and the field's description read both.
    for (const [lang, limit] of [['da', 'Skriv højst 5.000 tegn.'], ['en', 'Write at most 5,000 characters.']] as const) {
      const el = await makeForm({ attrs: { lang } });
      await click(el, '#f-helped-no');
      await type(el, '#f-comment', 'a'.repeat(20));
      expect(maybe(el, '#f-comment-limit')?.textContent?.trim(), `${lang}: the hint before sending`).to.equal(limit);
      await type(el, '#f-comment', 'a'.repeat(5001));
      await send(el);
      await el.updateComplete;
      expect(maybe(el, '#f-comment-limit'), `${lang}: no hint beside the error`).to.equal(null);
      const field = $(el, '#f-comment');
      const described = (field.getAttribute('aria-describedby') ?? '').split(' ').map((id) => el.renderRoot.querySelector(`#${CSS.escape(id)}`)?.textContent ?? '').join(' ');
      expect(described.split(limit).length - 1, `${lang}: the limit once in the field's description: ${described}`).to.equal(1);
      const near = field.closest('.klar-field')!.textContent!;
      expect(near.split(limit).length - 1, `${lang}: once at the field`).to.equal(1);
      el.remove();
    }
  });

  it('counts characters as the server does: an emoji is one character (JSON Schema maxLength counts code points)', async () => {
    // "Godt 👍" 900 times is 5,400 characters; the form said "Du har skrevet 6.300 tegn", and refused
    // a 4,800-character text with emoji that the server takes.
    const el = await makeForm();
    await click(el, '#f-helped-no');
    await type(el, '#f-comment', 'Godt 👍'.repeat(900));
    await send(el);
    expect($(el, '#f-comment-error').textContent!.replace(/\s+/g, ' ')).to.contain('Du har skrevet 5.400 tegn.');
    await type(el, '#f-comment', '👍'.repeat(4800));
    await send(el);
    await el.updateComplete;
    expect(maybe(el, '#f-comment-error'), 'a text within the limit, emoji and all, is not refused').to.equal(null);
  });

  it('says "Error:" in English', async () => {
    const t = testId();
    const el = await fixture<KlarFeedbackForm>(html`<klar-feedback-form lang="en" mode="report" action=${actionFor(t)}></klar-feedback-form>`);
    await send(el);
    expect($(el, '#f-whatWentWrong-error').textContent!.trim()).to.match(/^Error:/);
  });

  it('checks contact details when an answer is wanted', async () => {
    const el = await makeForm({ mode: 'full' });
    await click(el, '#f-rating-5');
    await click(el, '#f-wantsAnswer');
    await send(el);
    expect(focusedId(el)).to.equal('error-summary');
    expect($(el, '#f-email-error').textContent).to.contain('Skriv din e-mail eller dit telefonnummer');
    await type(el, '#f-email', 'ikke-en-mail');
    await type(el, '#f-phone', '12');
    await send(el);
    expect($(el, '#f-email-error').textContent).to.contain('navn@eksempel.dk');
    expect($(el, '#f-phone-error').textContent).to.contain('8 cifre');
    await expect(el).to.be.accessible();
  });

  it('takes a phone number copied with other spaces or dots: "+45\u00a033\u00a066\u00a033\u00a066", "33.66.33.66"', async () => {
    // Pasted from a web page (non-breaking spaces) or written with dots, 8 digits were refused as "not 8 digits" (failure review #6).
    for (const phone of ['+45\u00a033\u00a066\u00a033\u00a066', '33.66.33.66', '33\u202f66\u202f33\u202f66']) {
      const el = await makeForm({ mode: 'full' });
      await click(el, '#f-rating-5');
      await click(el, '#f-wantsAnswer');
      await type(el, '#f-phone', phone);
      const submit = oneEvent(el, 'klar-feedback-submit');
      await send(el);
      const ev = await submit;
      expect(maybe(el, '#f-phone-error'), phone).to.equal(null);
      expect(ev.detail.payload.contact?.phone, phone).to.match(/^[+0-9 ()-]+$/);
      expect(ev.detail.payload.contact!.phone!.replace(/\D/g, ''), phone).to.match(/33663366$/);
    }
  });

  it('says the contact instruction once while its error stands: the hint keeps only what the error does not say, and is whole again once the error goes', async () => {
    const cases = [
      ['da', 'Skriv din e-mail eller dit telefonnummer', 'Vi bruger det kun til at svare dig.'],
      ['en', 'Enter your email or phone number', 'We only use it to answer you.'],
    ] as const;
    for (const [lang, instruction, use] of cases) {
      const el = await makeForm({ mode: 'full', attrs: { lang } });
      await click(el, '#f-rating-5');
      await click(el, '#f-wantsAnswer');
      await send(el);
      const description = (id: string) => describedAs(el, id);
      const times = (text: string) => text.split(instruction).length - 1;
      // What the contact part shows: the hint, the labels, the error.
      const shown = () => [...root(el).querySelectorAll('.klar-contact')].map((n) => n.textContent!.replace(/\s+/g, ' ')).join(' ');
      expect($(el, '#f-email-error').textContent, lang).to.contain(instruction);
      expect(times(description('f-email')), `${lang}: said once in the e-mail field's description: ${description('f-email')}`).to.equal(1);
      expect(times(shown()), `${lang}: shown once: ${shown()}`).to.equal(1);
      expect($(el, '#f-contact-hint').textContent!.trim(), lang).to.equal(use);
      expect(description('f-phone'), lang).to.equal(use);
      await expect(el).to.be.accessible();
      await type(el, '#f-email', lang === 'da' ? 'anna@example.dk' : 'anna@example.com');
      expect(maybe(el, '#f-email-error'), lang).to.equal(null);
      expect(description('f-email'), `${lang}: the whole hint again`).to.equal(`${instruction}. ${use}`);
    }
  });

  it('refuses a CPR-like number in the e-mail field with a plain message that does not repeat it, and sends nothing', async () => {
    for (const email of ['070761-4285@kommune.dk', '0707614285', '07.07.61-4285']) {
      const t = testId();
      const el = await makeForm({ t, mode: 'full' });
      await click(el, '#f-rating-5');
      await click(el, '#f-wantsAnswer');
      await type(el, '#f-email', email);
      await send(el);
      expect(focusedId(el), email).to.equal('error-summary');
      const msg = $(el, '#f-email-error').textContent!;
      expect(msg, email).to.contain('Det ligner et CPR-nummer. Skriv din e-mailadresse');
      expect(msg).to.not.contain('4285');
      expect($(el, '#error-summary').textContent).to.not.contain('4285');
      expect((await records(t)).attempts, email).to.have.length(0);
    }
  });

  it('says a CPR-like number in the phone field is one, as the e-mail field does, without repeating it, and sends nothing', async () => {
    // "010190-1234" there got "Skriv et telefonnummer med 8 cifre", read as a typing slip (stop 46's audit).
    for (const [lang, phone, words] of [
      ['da', '070761-4285', 'Det ligner et CPR-nummer. Skriv dit telefonnummer'],
      ['da', '0707614285', 'Det ligner et CPR-nummer. Skriv dit telefonnummer'],
      ['en', '070761-4285', 'That looks like a CPR number. Enter your phone number'],
    ] as const) {
      const t = testId();
      const el = await makeForm({ t, mode: 'full', ...(lang === 'en' ? { attrs: { lang } } : {}) });
      await click(el, '#f-rating-5');
      await click(el, '#f-wantsAnswer');
      await type(el, '#f-phone', phone);
      await send(el);
      const msg = $(el, '#f-phone-error').textContent!;
      expect(msg, phone).to.contain(words);
      expect(msg).to.not.contain('4285');
      expect((await records(t)).attempts, phone).to.have.length(0);
    }
  });

  it('accepts only a plain e-mail address (no header tricks such as ?cc=)', async () => {
    const t = testId();
    const el = await makeForm({ t, mode: 'full' });
    await click(el, '#f-rating-5');
    await click(el, '#f-wantsAnswer');
    for (const bad of ['anna@kommune', 'anna@kommune.dk?cc=x@y.dk', 'anna kommune.dk', '<anna@kommune.dk>']) {
      await type(el, '#f-email', bad);
      await send(el);
      expect($(el, '#f-email-error').textContent, bad).to.contain('navn@eksempel.dk');
    }
    expect((await records(t)).attempts).to.have.length(0);
    await type(el, '#f-email', 'anna@kommune.dk');
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    await sent;
    expect(((await records(t)).records[0].body as any).contact).to.deep.equal({ email: 'anna@kommune.dk' });
  });

  it('puts the server field errors (422) on the fields, does not retry, and fires klar-feedback-error', async () => {
    const t = testId();
    const el = await makeForm({ t, seq: '422', extra: '&field=comment' });
    await fillQuick(el);
    const err = oneEvent(el, 'klar-feedback-error');
    await send(el);
    const ev = await err;
    expect(ev.detail.reason).to.equal('invalid');
    expect(ev.detail.status).to.equal(422);
    await el.updateComplete;
    expect(focusedId(el)).to.equal('error-summary');
    expect($(el, '#f-comment-error').textContent).to.contain('Teksten kan ikke modtages');
    expect(($(el, '#f-comment') as HTMLTextAreaElement).value).to.equal('Siden var god');
    expect((await records(t)).attempts).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('says a server error about no field the citizen can change in its own words, never the server\'s text', async () => {
    // A follow-up to an answer the server no longer held showed "Der er et problem | refers to no stored answer".
    const t = testId();
    const el = await makeForm({ t, seq: '422', extra: '&field=answerTo' });
    await fillQuick(el);
    const err = oneEvent(el, 'klar-feedback-error');
    await send(el);
    await err;
    await el.updateComplete;
    const shown = root(el).textContent!.replace(/\s+/g, ' ');
    expect(shown).to.contain('Vi kunne ikke sende din besked. Det er vores fejl, ikke din');
    expect(shown).not.to.contain('Teksten kan ikke modtages');
    expect(($(el, '#f-comment') as HTMLTextAreaElement).value).to.equal('Siden var god');
  });

  it('puts 400 field errors on the full form fields too', async () => {
    const t = testId();
    const el = await makeForm({ t, mode: 'full', seq: '400', extra: '&field=improve' });
    await type(el, '#f-improve', 'Bedre');
    await send(el);
    await until(() => !!maybe(el, '#f-improve-error'), { timeout: 5000, message: 'field error' });
    (maybe(el, '#error-summary a') as HTMLAnchorElement).click();
    expect(focusedId(el)).to.equal('f-improve');
  });

  it('blocks sending while a CPR number is in the text with pii="block"', async () => {
    const t = testId();
    const el = await makeForm({ t, mode: 'report', attrs: { pii: 'block' } });
    await type(el, '#f-whatWentWrong', 'Mit cpr er 010203-1234');
    await send(el);
    expect(focusedId(el)).to.equal('error-summary');
    expect($(el, '#f-whatWentWrong-error').textContent).to.contain('Fjern CPR-nummeret');
    expect((await records(t)).attempts).to.have.length(0);
    await click(el, '#f-whatWentWrong-cpr button');
    expect(($(el, '#f-whatWentWrong') as HTMLTextAreaElement).value).to.equal('Mit cpr er');
    await send(el);
    await until(async () => (await records(t)).count === 1);
  });
});

describe('klar-feedback-form: CPR warning and contact note', () => {
  it('empties its live region when the message is sent: the thank-you page is not read with an old CPR warning', async () => {
    const el = await makeForm();
    await click(el, '#f-helped-no');
    const region = $(el, '[part=announcer]');
    // The answer's "Tak. Dit svar er gemt." first, so it does not take the warning's place.
    await until(() => region.textContent!.includes('Dit svar er gemt'), { message: 'the answer saved' });
    await type(el, '#f-comment', 'Jeg har cpr 0102031234');
    await until(() => region.textContent!.includes('Det ligner et CPR-nummer'), { message: 'the warning said' });
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    await sent;
    await el.updateComplete;
    expect(region.textContent!.trim()).to.equal('');
    await new Promise((r) => setTimeout(r, 200));
    expect(region.textContent!.trim(), 'and it stays empty').to.equal('');
  });

  it('empties its live region once the warning is said; the warning itself stays beside the field', async () => {
    const el = await makeForm();
    await click(el, '#f-helped-no');
    const region = $(el, '[part=announcer]');
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await type(el, '#f-comment', 'Jeg har cpr 0102031234');
      clock.tick(150);
      await el.updateComplete;
      expect(region.textContent).to.contain('Det ligner et CPR-nummer');
      clock.tick(7500);
      await el.updateComplete;
      // An old announcement read out of context by read-aloud or innerText after the form's end.
      expect(region.textContent).to.equal('');
      expect($(el, '#f-comment-cpr').textContent).to.contain('Det ligner et CPR-nummer');
    } finally {
      clock.restore();
    }
  });

  it('empties its live region when the page switches language: no Danish "Tak. Dit svar er gemt." left inside lang="en"', async () => {
    const t = testId();
    const wrap = fixtureSync(html`<div lang="da"><klar-feedback-form id=${`f-${t}`} action=${actionFor(t)} min-time="0"></klar-feedback-form></div>`);
    const el = wrap.querySelector('klar-feedback-form')!;
    await el.updateComplete;
    await click(el, '#f-helped-yes');
    const region = $(el, '[part=announcer]');
    await until(() => region.textContent!.includes('Tak. Dit svar er gemt.'), { message: 'the answer saved said' });
    wrap.setAttribute('lang', 'en');
    await until(() => root(el).textContent!.includes('Thank you. Your answer has been saved.'), { timeout: 2000, message: 'English' });
    expect(region.textContent!.trim()).to.equal('');
  });

  it('empties its live region when a badge switches it to the full form: the new form does not carry the quick answer\'s "Tak. Dit svar er gemt."', async () => {
    const el = await makeForm();
    await click(el, '#f-helped-yes');
    const region = $(el, '[part=announcer]');
    await until(() => region.textContent!.includes('Tak. Dit svar er gemt.'), { message: 'the answer saved said' });
    await el.requestFeedback('tydelige-forventninger');
    expect(el.mode).to.equal('full');
    expect($(el, '[part=announcer]').textContent!.trim()).to.equal('');
  });

  it('says what it was about to say when the page moves the form (a CMS re-parents it), once, and still empties the region after a move', async () => {
    const el = await makeForm();
    await click(el, '#f-helped-no');
    const region = () => $(el, '[part=announcer]');
    await until(() => region().textContent!.includes('Dit svar er gemt'), { message: 'the answer saved' });
    const warning = 'Det ligner et CPR-nummer';
    // What the region holds after each change: a warning said twice would be emptied and filled again.
    const held: string[] = [];
    const watch = new MutationObserver(() => held.push(region().textContent!.trim()));
    watch.observe(el, { subtree: true, childList: true, characterData: true });
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const box = document.createElement('div');
    try {
      await type(el, '#f-comment', 'Jeg har cpr 0102031234');
      // Moved before the region spoke (it fills 100 ms after the warning, so a repeat is heard).
      el.after(box);
      box.append(el);
      clock.tick(150);
      await el.updateComplete;
      expect(region().textContent, 'said after the move').to.contain(warning);
      // Moved again after it spoke: not said a second time, and not left in the region for good.
      box.after(el);
      clock.tick(150);
      await el.updateComplete;
      clock.tick(7500);
      await el.updateComplete;
      expect(region().textContent).to.equal('');
      await Promise.resolve();
      const said = held.filter((text, i) => text.includes(warning) && !held[i - 1]?.includes(warning));
      expect(said, 'said once').to.have.length(1);
      expect($(el, '#f-comment-cpr').textContent, 'the warning itself stays beside the field').to.contain(warning);
    } finally {
      watch.disconnect();
      clock.restore();
      box.remove();
    }
  });

  it('says, once it is back in the page, what fell due while the page held the form out for longer than 100 ms: a region filled out of the page is never heard', async () => {
    const el = await makeForm();
    await click(el, '#f-helped-no');
    const region = () => $(el, '[part=announcer]');
    await until(() => region().textContent!.includes('Dit svar er gemt'), { message: 'the answer saved' });
    const warning = 'Det ligner et CPR-nummer';
    // What the region held after each change, and whether the form was in the page then.
    const held: [boolean, string][] = [];
    const watch = new MutationObserver(() => held.push([el.isConnected, region().textContent!.trim()]));
    watch.observe(el, { subtree: true, childList: true, characterData: true });
    const box = document.createElement('div');
    document.body.append(box);
    try {
      await type(el, '#f-comment', 'Jeg har cpr 0102031234');
      el.remove();
      await realWait(400); // the warning falls due 100 ms after it was typed
      box.append(el);
      await until(() => region().textContent!.includes(warning), { message: 'said in the page' });
      const said = held.filter(([, text], i) => text.includes(warning) && !held[i - 1]?.[1].includes(warning));
      expect(said.map(([inPage]) => inPage), 'said once, in the page').to.deep.equal([true]);
    } finally {
      watch.disconnect();
      box.remove();
    }
  });

  for (const change of ['mode', 'language'] as const) {
    it(`says nothing it held while the page held the form out, once the form comes back in another ${change}: the held announcement is stale there too`, async () => {
      const t = testId();
      // The page's part with the form goes out and comes back (a CMS); out of the page it keeps its
      // language. English to Danish: Danish needs no language pack, so the form speaks it at once on
      // its return (a pack still on its way would hold the update, and hide a stale word).
      const wrap = fixtureSync(html`<div lang=${change === 'mode' ? 'da' : 'en'}><klar-feedback-form id=${`f-${t}`} action=${actionFor(t)} min-time="0"></klar-feedback-form></div>`);
      const el = wrap.querySelector('klar-feedback-form')!;
      await el.updateComplete;
      const place = wrap.parentNode!;
      const region = () => $(el, '[part=announcer]');
      const saved = /Tak\. Dit svar er gemt\.|Thank you\. Your answer has been saved\./;
      // What the region held after each change, and whether the form was in the page then.
      const held: [boolean, string][] = [];
      const watch = new MutationObserver(() => held.push([el.isConnected, region().textContent!.trim()]));
      watch.observe(el, { subtree: true, childList: true, characterData: true });
      try {
        $(el, '#f-helped-no').click();
        wrap.remove(); // out of the page before the answer's "saved" falls due
        await until(() => saved.test(root(el).textContent!), { message: 'the answer saved' });
        await realWait(400); // its announcement falls due 100 ms later: held, not said
        expect(held.filter(([inPage, text]) => !inPage && saved.test(text)), 'not said out of the page').to.deep.equal([]);
        if (change === 'mode') el.mode = 'full';
        else wrap.setAttribute('lang', 'da');
        await el.updateComplete;
        place.append(wrap);
        await until(() => (change === 'mode' ? !!maybe(el, '#f-rating-1') : root(el).textContent!.includes('Tak. Dit svar er gemt.')), { message: `the form in its new ${change}` });
        await realWait(400); // a held announcement is said 100 ms after the return
        expect(held.filter(([, text]) => saved.test(text)), 'the held announcement never said').to.deep.equal([]);
        expect(region().textContent!.trim()).to.equal('');
      } finally {
        watch.disconnect();
      }
    });
  }

  it('says "Tak. Dit svar er gemt." once, then empties the region: only the visible line stays', async () => {
    const el = await makeForm();
    const region = $(el, '[part=announcer]');
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout'] });
    try {
      await click(el, '#f-helped-yes');
      await until(() => (clock.tick(50), region.textContent!.includes('Tak. Dit svar er gemt.')), { message: 'the answer saved said' });
      clock.tick(7500);
      await el.updateComplete;
      expect(region.textContent!.trim()).to.equal('');
      expect(root(el).textContent!.replace(/\s+/g, ' ')).to.contain('Du svarede: Ja. Tak. Dit svar er gemt.');
    } finally {
      clock.restore();
    }
  });

  it('says the note on a phone number with the CPR number\'s removal, when it shows only then (focus stays in the field, where a new note is not read out)', async () => {
    const el = await makeForm();
    await click(el, '#f-helped-yes');
    await until(() => root(el).textContent!.includes('Tak. Dit svar er gemt.'), { timeout: 10_000, message: 'the answer stored' });
    await type(el, '#f-comment', 'Mit cpr er 0102031234 og ring på 22334455');
    await until(() => maybe(el, '#f-comment-cpr'), { message: 'the CPR warning' });
    expect(maybe(el, '#f-comment-contact'), 'one note at a time').to.equal(null);
    await click(el, '#f-comment-cpr button');
    await until(() => maybe(el, '#f-comment-contact'), { message: 'the note on the phone number' });
    expect(focusedId(el)).to.equal('f-comment');
    const said = 'CPR-nummeret er fjernet. Det ligner, at du har skrevet en e-mail eller et telefonnummer. Det behøver du ikke skrive.';
    await until(() => $(el, '[part=announcer]').textContent!.trim(), { ok: (t) => t === said, message: 'the removal and the note said' });
  });

  it('empties its live region soon after saying what the form shows as well ("Tak. Dit svar er gemt.", the CPR warning), so reading on meets it once; what it shows nowhere else stays the 7 s', async () => {
    const el = await makeForm();
    const region = $(el, '[part=announcer]');
    const form = $(el, '[part=form]');
    const clock = sinon.useFakeTimers({ now: Date.now(), toFake: ['setTimeout', 'clearTimeout'] });
    const after = async (ms: number) => {
      clock.tick(ms);
      await el.updateComplete;
      return region.textContent!.trim();
    };
    try {
      await click(el, '#f-helped-yes');
      await until(() => (clock.tick(50), region.textContent!.includes('Tak. Dit svar er gemt.')), { message: 'the answer saved said' });
      expect(await after(2500), 'the answer saved: out of the region').to.equal('');
      expect(form.textContent!.replace(/\s+/g, ' ')).to.contain('Du svarede: Ja. Tak. Dit svar er gemt.');
      await type(el, '#f-comment', 'Jeg har cpr 0102031234');
      await until(() => (clock.tick(50), region.textContent!.includes('Det ligner et CPR-nummer')), { message: 'the warning said' });
      expect(await after(2500), 'the CPR warning: out of the region').to.equal('');
      expect($(el, '#f-comment-cpr').textContent).to.contain('Det ligner et CPR-nummer');
      await click(el, '#f-comment-cpr button');
      expect(await after(150)).to.equal('CPR-nummeret er fjernet.');
      expect(await after(2500), 'shown nowhere else: it stays').to.equal('CPR-nummeret er fjernet.');
      expect(await after(5000)).to.equal('');
    } finally {
      clock.restore();
    }
  });

  it('warns inline with a one-click remove, and masks the number in the payload (pii="redact")', async () => {
    const t = testId();
    const el = await makeForm({ t });
    await click(el, '#f-helped-no');
    await type(el, '#f-comment', 'Jeg har cpr 0102031234 og det virker ikke');
    const warning = $(el, '#f-comment-cpr');
    expect(warning.textContent).to.contain('Det ligner et CPR-nummer');
    expect($(el, '#f-comment').getAttribute('aria-describedby')).to.contain('f-comment-cpr');
    await expect(el).to.be.accessible();
    await send(el);
    await until(async () => (await records(t)).count === 1);
    const body = (await records(t)).records[0].body as any;
    expect(body.answers.comment).to.equal('Jeg har cpr [CPR-nummer fjernet] og det virker ikke');
  });

  it('an unknown pii value (pii="Block") warns once and is "redact": the number is masked in what is sent, never sent as typed', async () => {
    // It meant "redact" in silence: a page that meant to refuse CPR numbers masked them with no word to its team (integrator review, stop 54).
    const warn = sinon.spy(console, 'warn');
    try {
      const t = testId();
      const el = await makeForm({ t, attrs: { pii: 'Block' } });
      // Read once the form is in use (its on-demand part), as the heading level is.
      await click(el, '#f-helped-no');
      expect(el.pii).to.equal('redact');
      const said = warn.getCalls().map((c) => String(c.args[0])).filter((m) => m.includes('pii='));
      expect(said).to.deep.equal(['klar-elements: <klar-feedback-form> pii="Block" is unknown; using "redact". Valid: redact, block, warn.']);
      await type(el, '#f-comment', 'Jeg har cpr 0102031234');
      await send(el);
      await until(async () => (await records(t)).count === 1, { message: 'the message stored' });
      expect(((await records(t)).records[0].body as any).answers.comment).to.equal('Jeg har cpr [CPR-nummer fjernet]');
    } finally {
      warn.restore();
    }
  });

  it("describes a free-text field by its hints and the warning's text, not by the warning's button; every free-text field is told not to write personal details, said once per form", async () => {
    const HINT = 'Skriv ikke dit CPR-nummer eller noget om dit helbred.';
    const WARNING = 'Det ligner et CPR-nummer. Vi behøver det ikke for at læse din besked. Sender du den, tager vi nummeret ud af teksten.';
    // Each field's limit, after the hints (it was said only once a text was over it).
    const LIMIT = 'Skriv højst 5.000 tegn.';
    /** The field's accessible description, as aria-describedby composes it. */
    const description = (el: KlarFeedbackForm, id: string) =>
      ($(el, `#${id}`).getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((ref) => $(el, `#${ref}`).textContent!.replace(/\s+/g, ' ').trim())
        .join(' ');
    const hintsShown = (el: KlarFeedbackForm) => [...root(el).querySelectorAll('p')].filter((p) => p.textContent!.includes(HINT)).length;

    const quick = await makeForm();
    await click(quick, '#f-helped-no');
    await type(quick, '#f-comment', 'Nummer 0102031234');
    expect(description(quick, 'f-comment')).to.equal(`Vi kan ikke svare dig her. Feltet er ikke til spørgsmål om din sag. ${HINT} ${LIMIT} ${WARNING}`);
    await expect(quick).to.be.accessible();

    const full = await makeForm({ mode: 'full' });
    await type(full, '#f-improve', 'Nummer 0102031234');
    expect(description(full, 'f-worked')).to.equal(`${HINT} ${LIMIT}`);
    expect(description(full, 'f-improve')).to.equal(`${HINT} ${LIMIT} ${WARNING}`);
    expect(hintsShown(full), 'the hint is shown once').to.equal(1);

    const report = await makeForm({ mode: 'report' });
    await type(report, '#f-where', 'Nummer 0102031234');
    expect(description(report, 'f-whatWentWrong')).to.equal(`Skriv, hvad du gjorde, og hvad der skete. ${HINT} ${LIMIT}`);
    expect(description(report, 'f-where')).to.equal(`For eksempel navnet på siden eller knappen. ${HINT} Skriv højst 1.000 tegn. ${WARNING}`);
    expect(hintsShown(report), 'the hint is shown once').to.equal(1);
    await expect(report).to.be.accessible();
  });

  it('says not to write a CPR number once when the citizen types one: the warning beside the hint says what it found, in the field, its description and what is announced', async () => {
    const cases = [
      ['da', 'Skriv ikke dit CPR-nummer', 'Det ligner et CPR-nummer.'],
      ['en', 'Do not write', 'That looks like a CPR number.'],
    ] as const;
    for (const [lang, instruction, found] of cases) {
      const el = await makeForm({ mode: 'report', attrs: { lang } });
      await type(el, '#f-whatWentWrong', 'Nummer 0102031234');
      await until(() => $(el, '[part=announcer]').textContent!.includes(found), { message: `${lang}: the warning said` });
      const description = describedAs(el, 'f-whatWentWrong');
      const times = (text: string) => text.split(instruction).length - 1;
      expect(times(description), `${lang}: ${description}`).to.equal(1);
      expect(times($(el, '#f-whatWentWrong').closest('.klar-field')!.textContent!), `${lang}: shown once at the field`).to.equal(1);
      expect($(el, '#f-whatWentWrong-cpr-text').textContent!.trim(), lang).to.match(new RegExp(`^${found.replace('.', '\\.')} `));
    }
  });

  it('draws its notices and buttons from the one sheet every element uses: the same bar and corners, a button at its natural width', async () => {
    const el = await makeForm();
    await click(el, '#f-helped-no');
    await type(el, '#f-comment', 'Nummer 0102031234');
    const warning = $(el, '#f-comment-cpr');
    const s = getComputedStyle(warning);
    const base = getComputedStyle(el);
    // core/notice.styles.ts: a 0.375rem bar at the inline start, the theme's corners (the form had its own 5 px bar and square corners).
    expect(s.borderInlineStartWidth).to.equal(`${0.375 * parseFloat(getComputedStyle(document.documentElement).fontSize)}px`);
    expect(s.borderTopRightRadius).to.equal(base.borderTopRightRadius);
    expect(parseFloat(s.borderTopRightRadius)).to.be.greaterThan(0);
    const button = warning.querySelector('button')!;
    expect(button.getBoundingClientRect().width).to.be.lessThan(button.parentElement!.getBoundingClientRect().width - 20);
  });

  it('removes the number with one click and puts focus back in the field', async () => {
    const el = await makeForm();
    await click(el, '#f-helped-no');
    await type(el, '#f-comment', 'Nummer 01.02.03-1234 her');
    await click(el, '#f-comment-cpr button');
    expect(($(el, '#f-comment') as HTMLTextAreaElement).value).to.equal('Nummer her');
    expect(maybe(el, '#f-comment-cpr')).to.equal(null);
    expect(focusedId(el)).to.equal('f-comment');
  });

  it('does not warn for 320299-1234 (no such date)', async () => {
    const el = await makeForm();
    await click(el, '#f-helped-no');
    await type(el, '#f-comment', 'Kode 320299-1234');
    expect(maybe(el, '#f-comment-cpr')).to.equal(null);
  });

  it('tells in the quick comment that no one answers there and that it is not for questions about the case, as the field\'s description, in Danish and English; a phone number typed is not told so twice', async () => {
    // Outside a <klar-case> the form knows no contact: "… så kontakt os" named no number and no way,
    // a promise with nothing behind it. It says plainly what the box is not for.
    const texts = {
      da: ['Vi kan ikke svare dig her. Feltet er ikke til spørgsmål om din sag.', 'Skriv ikke dit CPR-nummer eller noget om dit helbred. Skriv højst 5.000 tegn.', /kan ikke svare/g],
      en: ['We cannot answer you here. This box is not for questions about your case.', 'Do not write personal details such as your CPR number or health information. Write at most 5,000 characters.', /cannot answer/g],
    } as const;
    for (const lang of ['da', 'en'] as const) {
      const el = await makeForm({ attrs: { lang } });
      await el.updateComplete;
      await click(el, '#f-helped-no');
      const field = $(el, '#f-comment');
      const description = () =>
        (field.getAttribute('aria-describedby') ?? '')
          .split(' ')
          .map((ref) => $(el, `#${ref}`).textContent!.replace(/\s+/g, ' ').trim())
          .join(' ');
      expect(description(), lang).to.equal(`${texts[lang][0]} ${texts[lang][1]}`);
      await type(el, '#f-comment', 'Jeg mangler svar. Ring til mig på 12 34 56 78.');
      await until(() => !!maybe(el, '#f-comment-contact'), { message: 'the contact note' });
      expect(description().match(texts[lang][2]), `${lang}: said once`).to.have.length(1);
      await expect(el).to.be.accessible();
      el.remove();
    }
  });

  it('gives a softer note for an e-mail or phone number in free text when no answer was asked for', async () => {
    const el = await makeForm({ mode: 'full' });
    await type(el, '#f-improve', 'Skriv til mig på anna@example.dk');
    expect($(el, '#f-improve-contact').textContent).to.contain('Vi svarer kun, hvis du sætter kryds');
    await click(el, '#f-wantsAnswer');
    expect(maybe(el, '#f-improve-contact')).to.equal(null);
  });
});

describe('klar-feedback-form: draft', () => {
  it('keeps the draft across a reload, with a notice and "Ryd", and deletes it after a successful send', async () => {
    const t = testId();
    const action = actionFor(t);
    const first = await fixture<KlarFeedbackForm>(html`<klar-feedback-form id="fb" mode="full" action=${action} min-time="0"></klar-feedback-form>`);
    await type(first, '#f-worked', 'Det meste');
    await click(first, '#f-rating-3');
    const key = Object.keys(sessionStorage).find((k) => k.startsWith(DRAFT_PREFIX))!;
    expect(key).to.contain(new URL(action, location.href).href);
    expect(key).to.contain('#fb');
    first.remove();

    const el = await fixture<KlarFeedbackForm>(html`<klar-feedback-form id="fb" mode="full" action=${action} min-time="0"></klar-feedback-form>`);
    expect(($(el, '#f-worked') as HTMLTextAreaElement).value).to.equal('Det meste');
    expect(($(el, '#f-rating-3') as HTMLInputElement).checked).to.equal(true);
    expect(root(el).textContent).to.contain('Vi har husket det, du skrev og valgte');
    await expect(el).to.be.accessible();
    await send(el);
    await oneEvent(el, 'klar-feedback-sent');
    expect(sessionStorage.getItem(key)).to.equal(null);
  });

  it('says in the restore notice when a CPR number was taken out of the saved text, in Danish and English', async () => {
    const texts = {
      da: ['Vi har husket det, du skrev og valgte', 'Vi gemmer ikke CPR-numre, så vi har taget et CPR-nummer ud af teksten. Læs den igennem, før du sender.'],
      en: ['We kept what you wrote and chose', 'We do not store CPR numbers, so we took a CPR number out of the text. Read it through before you send.'],
    };
    for (const lang of ['da', 'en'] as const) {
      const action = actionFor(testId());
      const first = await fixture<KlarFeedbackForm>(html`<klar-feedback-form id="cpr-draft" lang=${lang} action=${action}></klar-feedback-form>`);
      await click(first, '#f-helped-no');
      await type(first, '#f-comment', 'Mit nummer er 010203-1234, ring på 12 34 56 78');
      first.remove();
      const el = await fixture<KlarFeedbackForm>(html`<klar-feedback-form id="cpr-draft" lang=${lang} action=${action}></klar-feedback-form>`);
      expect(($(el, '#f-comment') as HTMLTextAreaElement).value, lang).to.equal('Mit nummer er , ring på 12 34 56 78');
      const notice = $(el, '[part=notice]').textContent!.replace(/\s+/g, ' ');
      expect(notice, lang).to.contain(texts[lang][0]);
      expect(notice, lang).to.contain(texts[lang][1]);
      await expect(el).to.be.accessible();
      // Typed on, the draft holds no cut any more: the next reload says nothing about it.
      await type(el, '#f-comment', 'Ring på 12 34 56 78');
      el.remove();
      const again = await fixture<KlarFeedbackForm>(html`<klar-feedback-form id="cpr-draft" lang=${lang} action=${action}></klar-feedback-form>`);
      expect($(again, '[part=notice]').textContent, lang).to.contain(texts[lang][0]);
      expect($(again, '[part=notice]').textContent, lang).to.not.contain(texts[lang][1]);
      again.remove();
    }
  });

  it('does not share drafts between forms with another id or action', async () => {
    const t = testId();
    const a = await fixture<KlarFeedbackForm>(html`<klar-feedback-form id="a" mode="report" action=${actionFor(t)}></klar-feedback-form>`);
    await type(a, '#f-whatWentWrong', 'Fejl A');
    const b = await fixture<KlarFeedbackForm>(html`<klar-feedback-form id="b" mode="report" action=${actionFor(t)}></klar-feedback-form>`);
    expect(($(b, '#f-whatWentWrong') as HTMLTextAreaElement).value).to.equal('');
    const c = await fixture<KlarFeedbackForm>(html`<klar-feedback-form id="a" mode="report" action=${actionFor(testId())}></klar-feedback-form>`);
    expect(($(c, '#f-whatWentWrong') as HTMLTextAreaElement).value).to.equal('');
  });

  it('clears the draft with "Ryd" and focuses the first field', async () => {
    const t = testId();
    const action = actionFor(t);
    const first = await fixture<KlarFeedbackForm>(html`<klar-feedback-form id="r" mode="report" action=${action}></klar-feedback-form>`);
    await type(first, '#f-whatWentWrong', 'Noget');
    first.remove();
    const el = await fixture<KlarFeedbackForm>(html`<klar-feedback-form id="r" mode="report" action=${action}></klar-feedback-form>`);
    const clear = [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Slet og start forfra')!;
    clear.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(($(el, '#f-whatWentWrong') as HTMLTextAreaElement).value).to.equal('');
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith(DRAFT_PREFIX))).to.have.length(0);
    expect(focusedId(el)).to.equal('f-whatWentWrong');
  });

  it('keeps a principle chosen alone (no text yet) across a reload, and "Ryd" deletes it; "Ingen af dem" over a preset is kept too; a preset alone is no draft', async () => {
    const t = testId();
    const action = actionFor(t);
    const drafts = () => Object.keys(sessionStorage).filter((k) => k.startsWith(DRAFT_PREFIX));
    const form = (attrs = '') => {
      const el = fixtureSync<KlarFeedbackForm>(html`<klar-feedback-form id="p" mode="full" action=${action} min-time="0"></klar-feedback-form>`);
      if (attrs) el.principle = attrs;
      return el;
    };
    const choose = async (el: KlarFeedbackForm, slug: string) => {
      await until(() => !!maybe(el, '#f-principle option[value="klar-tale"]'), { message: 'the principles listed' });
      const select = $(el, '#f-principle') as HTMLSelectElement;
      select.value = slug;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    };
    const chosen = async (el: KlarFeedbackForm) => {
      await until(() => !!maybe(el, '#f-principle option[value="klar-tale"]'), { message: 'the principles listed' });
      await el.updateComplete;
      return ($(el, '#f-principle') as HTMLSelectElement).value;
    };
    let el = form();
    await choose(el, 'klar-tale');
    expect(drafts(), 'saved').to.have.length(1);
    el.remove();
    el = form();
    expect(await chosen(el), 'restored').to.equal('klar-tale');
    expect(root(el).textContent).to.contain('Vi har husket det, du skrev og valgte');
    [...root(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Slet og start forfra')!.click();
    await el.updateComplete;
    expect(drafts(), 'deleted by "Ryd"').to.have.length(0);
    expect(await chosen(el)).to.equal('');
    el.remove();

    // The page presets a principle: that alone is no draft; the citizen's "Ingen af dem" is one.
    el = form('klar-tale');
    expect(await chosen(el)).to.equal('klar-tale');
    expect(drafts(), 'a preset alone').to.have.length(0);
    await choose(el, '');
    el.remove();
    el = form('klar-tale');
    expect(await chosen(el), '"Ingen af dem" kept over the preset').to.equal('');
  });

  it('ignores and deletes a draft not written for 2 hours, and restores one written 1½ hours ago', async () => {
    // 24 hours kept what one citizen typed for the next at a shared computer (privacy review, stop 58).
    const t = testId();
    const action = actionFor(t);
    const key = `${DRAFT_PREFIX}${new URL(action, location.href).href}#old`;
    sessionStorage.setItem(key, JSON.stringify({ savedAt: Date.now() - 2.1 * 3600_000, data: { values: { whatWentWrong: 'gammel' }, quickStep: 'ask' } }));
    const el = await fixture<KlarFeedbackForm>(html`<klar-feedback-form id="old" mode="report" action=${action}></klar-feedback-form>`);
    expect(($(el, '#f-whatWentWrong') as HTMLTextAreaElement).value).to.equal('');
    expect(sessionStorage.getItem(key)).to.equal(null);
    el.remove();
    sessionStorage.setItem(key, JSON.stringify({ savedAt: Date.now() - 1.5 * 3600_000, data: { values: { whatWentWrong: 'nyere' }, quickStep: 'ask' } }));
    const kept = await fixture<KlarFeedbackForm>(html`<klar-feedback-form id="old" mode="report" action=${action}></klar-feedback-form>`);
    await until(() => ($(kept, '#f-whatWentWrong') as HTMLTextAreaElement).value === 'nyere', { message: 'the draft of 1½ hours ago' });
  });
});

describe('klar-feedback-form: principle hand-off', () => {
  it('requestFeedback(principle) switches quick to full, selects the principle, and moves focus into the form', async () => {
    const el = await makeForm();
    await el.requestFeedback('haand-om-fejl');
    expect(el.mode).to.equal('full');
    expect(($(el, '#f-principle') as HTMLSelectElement).value).to.equal('haand-om-fejl');
    // Focus on the first question, the chosen promise said once: on the promise question (the last but
    // one) focus led on to "Send" past the questions never seen (review, stop 55).
    expect(focusedId(el)).to.equal('f-rating-1');
    await until(() => $(el, '[part=announcer]').textContent!.includes('Din besked handler om vores løfte: Hånd om fejl.'), { message: 'the chosen promise said' });
    await expect(el).to.be.accessible();
  });

  it('requestFeedback(principle) scrolls the field it focuses into view, not only the form\'s top (a small screen, where the question is far below it)', async function () {
    this.timeout(10_000);
    const el = await makeForm();
    // A 320 × 300 px window onto the page: the form far down, more page after it.
    const box = document.createElement('div');
    box.setAttribute('style', 'block-size: 300px; inline-size: 320px; overflow: auto');
    const before = document.createElement('div');
    before.setAttribute('style', 'block-size: 2000px');
    const after = before.cloneNode() as HTMLElement;
    el.replaceWith(box);
    box.append(before, el, after);
    await el.updateComplete;
    await el.requestFeedback('haand-om-fejl');
    const field = $(el, '#f-rating-1');
    expect(focused(el)).to.equal(field);
    const inView = () => {
      const r = field.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      return r.top >= b.top && r.bottom <= b.bottom;
    };
    await until(inView, { message: 'the focused field in view', timeout: 5000 });
    box.remove();
  });

  it('carries the comment typed after "Nej" into "Hvad kan vi gøre bedre?" when a badge asks for the full form: shown, kept in the draft, sent', async () => {
    const t = testId();
    const el = await makeForm({ t });
    await click(el, '#f-helped-no');
    await type(el, '#f-comment', 'Jeg kunne ikke finde fristen');
    await el.requestFeedback('tydelige-forventninger');
    expect(el.mode).to.equal('full');
    // The citizen sees their words in the full form's fitting field, not two empty boxes.
    expect(($(el, '#f-improve') as HTMLTextAreaElement).value).to.equal('Jeg kunne ikke finde fristen');
    expect(($(el, '#f-worked') as HTMLTextAreaElement).value).to.equal('');
    const key = Object.keys(sessionStorage).find((k) => k.startsWith(DRAFT_PREFIX))!;
    expect(JSON.parse(sessionStorage.getItem(key)!).data.values.improve, 'kept in the draft').to.equal('Jeg kunne ikke finde fristen');
    $(el, '#f-rating-2').click();
    await el.updateComplete;
    await send(el);
    await until(async () => (await records(t)).count === 1, { message: 'the message stored' });
    const body = (await records(t)).records[0].body as { mode: string; answers: Record<string, unknown>; principle: string };
    expect(body.mode).to.equal('full');
    expect(body.answers.improve).to.equal('Jeg kunne ikke finde fristen');
    expect(body.principle).to.equal('tydelige-forventninger');
  });

  it('carries the comment typed after "Ja" into "Hvad fungerede godt?"', async () => {
    const el = await makeForm();
    await click(el, '#f-helped-yes');
    await type(el, '#f-comment', 'Tidslinjen var klar');
    await el.requestFeedback('tydelige-forventninger');
    expect(($(el, '#f-worked') as HTMLTextAreaElement).value).to.equal('Tidslinjen var klar');
    expect(($(el, '#f-improve') as HTMLTextAreaElement).value).to.equal('');
  });

  it('keeps the words of every mode switch in a field the new mode shows: full to report to full to quick, nothing hidden or doubled', async () => {
    const el = await makeForm({ mode: 'full' });
    await type(el, '#f-worked', 'Godt overblik');
    await type(el, '#f-improve', 'Svar hurtigere');
    el.mode = 'report';
    await el.updateComplete;
    expect(($(el, '#f-whatWentWrong') as HTMLTextAreaElement).value).to.equal('Godt overblik\n\nSvar hurtigere');
    await type(el, '#f-where', 'Trin 3');
    el.mode = 'full';
    await el.updateComplete;
    expect(($(el, '#f-improve') as HTMLTextAreaElement).value).to.equal('Godt overblik\n\nSvar hurtigere\n\nTrin 3');
    expect(($(el, '#f-worked') as HTMLTextAreaElement).value).to.equal('');
    el.mode = 'quick';
    await el.updateComplete;
    await click(el, '#f-helped-no');
    expect(($(el, '#f-comment') as HTMLTextAreaElement).value).to.equal('Godt overblik\n\nSvar hurtigere\n\nTrin 3');
  });

  it('keeps the principle chosen in the full form when a reload restores the draft into the quick form: kept, sent with the comment, shown when the full form is shown', async () => {
    const t = testId();
    const first = await makeForm({ t });
    await click(first, '#f-helped-no');
    await until(() => root(first).textContent!.includes('Dit svar er gemt'), { message: 'the answer saved' });
    await type(first, '#f-comment', 'Fristen stod ingen steder');
    await first.requestFeedback('tydelige-forventninger');
    await first.updateComplete;
    first.remove();
    // The page's form is a quick one: the draft written in the full form comes back into it.
    const el = await makeForm({ t });
    expect(el.mode).to.equal('quick');
    expect(($(el, '#f-comment') as HTMLTextAreaElement).value).to.equal('Fristen stod ingen steder');
    expect(el.values.principle, 'restored').to.equal('tydelige-forventninger');
    await send(el);
    await until(async () => (await records(t)).count === 1, { message: 'the comment stored' });
    const r = await records(t);
    const body = r.records[0].body as { mode: string; answers: Record<string, unknown>; principle?: string; principleSet?: string; answerTo?: string };
    expect(body.mode).to.equal('quick');
    expect(body.answerTo).to.equal(r.answers.records[0].receipt);
    expect(body.answers.comment).to.equal('Fristen stod ingen steder');
    expect(body.principle, 'sent').to.equal('tydelige-forventninger');
    expect(body.principleSet).to.equal('god-service');

    // Reloaded into the full form, the choice is shown in its question.
    const t2 = testId();
    const quick = await makeForm({ t: t2 });
    await quick.requestFeedback('klar-tale');
    await type(quick, '#f-improve', 'Brug færre fagord');
    quick.remove();
    const full = await makeForm({ t: t2, mode: 'full' });
    await until(() => (maybe(full, '#f-principle') as HTMLSelectElement | null)?.value === 'klar-tale', { message: 'the principle shown' });
  });

  it('shows in the quick form the promise its messages carry (chosen before a reload), with "Fjern løftet": what is shown is sent, also with no comment; what is removed is not', async () => {
    const text = (el: KlarFeedbackForm) => root(el).textContent!.replace(/\s+/g, ' ');
    const line = 'Din besked handler om vores løfte: Tydelige forventninger.';
    const t = testId();
    const first = await makeForm({ t });
    await first.requestFeedback('tydelige-forventninger');
    first.remove();
    const el = await makeForm({ t });
    await until(() => text(el).includes(line), { message: 'the promise shown in the quick form' });
    await click(el, '#f-helped-no');
    await until(() => text(el).includes('Dit svar er gemt'), { message: 'the answer saved' });
    expect(text(el), 'still shown beside the comment').to.contain(line);
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    await sent;
    const r = await records(t);
    expect(r.count, 'the promise sent, linked to the answer').to.equal(1);
    expect(r.records[0].body).to.include({ principle: 'tydelige-forventninger', principleSet: 'god-service', answerTo: r.answers.records[0].receipt });

    const t2 = testId();
    const before = await makeForm({ t: t2 });
    await before.requestFeedback('tydelige-forventninger');
    before.remove();
    const other = await makeForm({ t: t2 });
    await until(() => text(other).includes(line), { message: 'the promise shown' });
    await expect(other).to.be.accessible();
    const remove = [...root(other).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Fjern løftet')!;
    remove.focus();
    remove.click();
    await other.updateComplete;
    expect(text(other)).to.not.contain('Din besked handler om');
    expect(focusedId(other), 'focus on the question, not lost').to.equal('f-helped-yes');
    await until(() => $(other, '[part=announcer]').textContent!.includes('Løftet er fjernet fra din besked.'), { message: 'the removal said' });
    await fillQuick(other, 'Uden løfte');
    const sent2 = oneEvent(other, 'klar-feedback-sent');
    await send(other);
    await sent2;
    expect((await records(t2)).records[0].body).to.not.have.property('principle');
  });

  it('preselects a principle from the attribute', async () => {
    const el = await makeForm({ mode: 'full' });
    el.principle = 'klar-tale';
    await el.updateComplete;
    expect(($(el, '#f-principle') as HTMLSelectElement).value).to.equal('klar-tale');
  });

  it('fires no events on programmatic changes', async () => {
    const el = await makeForm();
    const seen: string[] = [];
    for (const n of ['klar-feedback-submit', 'klar-feedback-sent', 'klar-feedback-error']) el.addEventListener(n, () => seen.push(n));
    el.mode = 'report';
    el.values = { whatWentWrong: 'x' };
    await el.requestFeedback('udvikling');
    expect(seen).to.deep.equal([]);
  });

  it('shows hostile text as text', async () => {
    const el = await makeForm({ mode: 'report' });
    el.values = { whatWentWrong: '<img src=x onerror=alert(1)>' };
    el.caseReference = '<b>x</b>';
    await el.updateComplete;
    expect(root(el).querySelector('img, b')).to.equal(null);
  });
});

describe('idempotency keys', () => {
  const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('are random UUIDs v4, also on a page served over plain http (no crypto.randomUUID there)', () => {
    const own = [uuid(), uuid()];
    // An insecure context has no randomUUID: the key comes from a blob URL's UUID, revoked at once.
    sinon.stub(crypto, 'randomUUID').value(undefined);
    const revoke = sinon.spy(URL, 'revokeObjectURL');
    try {
      const plain = [uuid(), uuid()];
      for (const k of [...own, ...plain]) expect(k).to.match(V4);
      expect(new Set([...own, ...plain]).size, 'all different').to.equal(4);
      expect(revoke.callCount, 'each blob URL revoked').to.equal(2);
    } finally {
      sinon.restore();
    }
  });
});
