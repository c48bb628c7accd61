// The form in the light DOM: page tools (read-aloud, translation, reader views, select-and-read)
// find its words; a CMS's stylesheet does not break its layout, focus ring or target sizes; two
// forms on a page keep their ids apart; the author's slotted nodes stay theirs. Each of these
// fails on a form that renders into a shadow root, or that loses its scoping or reset.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { KlarFeedbackForm } from '../../src/feedback-form/feedback-form.js';
import { translate } from '../helpers/translate.js';
import { until } from '../helpers/until.js';
import { $, actionFor, click, fillQuick, focusedId, makeForm, maybe, records, send, testId, type } from './helpers.js';

afterEach(() => sessionStorage.clear());

/** Every non-blank text node of the document, as a TreeWalker (what page tools walk) finds them. */
function pageTexts(): string {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const out: string[] = [];
  while (w.nextNode()) if (w.currentNode.nodeValue?.trim()) out.push(w.currentNode.nodeValue.trim());
  return out.join(' ').replace(/\s+/g, ' ');
}

describe('klar-feedback-form: its words are in the page', () => {
  it('a document TreeWalker, document.body.innerText and cloneNode(true) find the legend, labels, hints, an error and the thank-you text', async () => {
    const el = await makeForm({ mode: 'full' });
    const words = ['Hvor tilfreds er du alt i alt?', 'Meget tilfreds', 'Skriv ikke dit CPR-nummer eller noget om dit helbred.'];
    for (const w of words) {
      expect(pageTexts(), `TreeWalker: ${w}`).to.contain(w);
      expect(document.body.innerText.replace(/\s+/g, ' '), `innerText: ${w}`).to.contain(w);
      expect((document.body.cloneNode(true) as HTMLElement).textContent!.replace(/\s+/g, ' '), `clone: ${w}`).to.contain(w);
    }
    // An error, as the citizen reads it after sending nothing.
    await send(el);
    const error = $(el, '#error-summary').textContent!.replace(/\s+/g, ' ').trim();
    expect(error).to.match(/\S/);
    expect(pageTexts()).to.contain('Der er et problem');
    expect(document.body.innerText).to.contain('Der er et problem');
    // The thank-you page.
    await click(el, '#f-rating-4');
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    await sent;
    await el.updateComplete;
    expect(pageTexts()).to.contain('Tak for din besked');
    expect(document.body.innerText).to.contain('Tak for din besked');
    expect((document.body.cloneNode(true) as HTMLElement).textContent).to.contain('Tak for din besked');
  });

  it('page translation: the labels are translated in place, and what the citizen typed, the focus and the caret survive the next draw', async () => {
    const el = await makeForm({ mode: 'report' });
    await type(el, '#f-whatWentWrong', 'Siden virker ikke');
    const field = $(el, '#f-whatWentWrong') as HTMLTextAreaElement;
    field.setSelectionRange(5, 5);
    expect(translate(el.querySelector(':scope > .klar-root')!)).to.be.above(5);
    expect(el.textContent).to.contain('[EN] ');
    // The citizen types on: the form draws into a fresh container, with its own text and what was typed.
    await type(el, '#f-where', 'Forsiden');
    await type(el, '#f-whatWentWrong', 'Siden virker ikke i dag');
    const now = $(el, '#f-whatWentWrong') as HTMLTextAreaElement;
    expect(now.value).to.equal('Siden virker ikke i dag');
    expect(($(el, '#f-where') as HTMLInputElement).value).to.equal('Forsiden');
    expect(focusedId(el)).to.equal('f-whatWentWrong');
    expect(el.values.whatWentWrong).to.equal('Siden virker ikke i dag');
    // A draw that replaces the focused field while the citizen types keeps focus and caret.
    now.focus();
    now.setSelectionRange(3, 3);
    translate(el.querySelector(':scope > .klar-root')!);
    el.requestUpdate();
    await el.updateComplete;
    expect(now.isConnected, 'drawn anew').to.equal(false);
    expect(focusedId(el)).to.equal('f-whatWentWrong');
    const again = $(el, '#f-whatWentWrong') as HTMLTextAreaElement;
    expect([again.selectionStart, again.selectionEnd]).to.deep.equal([3, 3]);
    expect(again.value).to.equal('Siden virker ikke i dag');
  });
});

describe('klar-feedback-form: a CMS stylesheet', () => {
  const HOSTILE = `
    input, textarea, select { width: 100%; border: 0; height: 8px; margin: 2em; }
    label { display: block; float: left; font-size: 30px; padding: 1em; }
    fieldset { border: 3px solid red; padding: 2em; margin: 2em; }
    legend { font-size: 3em; float: right; }
    button { background: none; border: 0; padding: 0; min-height: 0; height: 10px; font-size: 8px; }
    form { display: grid; grid-template-columns: 1fr 1fr; border: 4px solid #f0f; }
    p { margin: 3em 0; color: #c00; font-size: 22px; }
    *:focus { outline: none; }
    .notice, .summary, .hint, .field, .choice, .choices, .buttons, .error, .base, .sent, .heading, .intro, .link, .primary {
      background: #ff0 !important; border: 6px solid #f0f; padding: 3em; display: inline; float: right;
    }
  `;
  const PROPS = ['display', 'float', 'inline-size', 'block-size', 'margin-top', 'padding-top', 'padding-left', 'border-top-width', 'border-top-style', 'font-size', 'color', 'background-color', 'grid-template-columns'];

  function snapshot(el: Element): string[] {
    return [...el.querySelectorAll(':scope > .klar-root *')].map((n) => {
      const cs = getComputedStyle(n);
      return `${n.localName}.${n.getAttribute('class') ?? ''}#${n.id} ${PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';')}`;
    });
  }

  async function withHostile<T>(run: () => Promise<T>): Promise<T> {
    const sheet = document.createElement('style');
    sheet.textContent = HOSTILE;
    document.head.append(sheet);
    try {
      return await run();
    } finally {
      sheet.remove();
    }
  }

  it('changes no computed style of what the form draws: fields, labels, fieldset, legend, buttons, errors, hints', async () => {
    const el = await makeForm({ mode: 'full' });
    await click(el, '#f-wantsAnswer');
    await send(el); // the error summary and inline errors
    expect(maybe(el, '#error-summary')).to.not.equal(null);
    const clean = snapshot(el);
    expect(clean.length).to.be.above(30);
    const hostile = await withHostile(async () => snapshot(el));
    for (let i = 0; i < clean.length; i++) expect(hostile[i], `node ${i}`).to.equal(clean[i]);
  });

  it('keeps its layout, 24 × 24 px targets and a visible focus ring on a hostile page (boxes measured)', async () => {
    await withHostile(async () => {
      const el = await makeForm({ mode: 'full' });
      const box = (sel: string) => $(el, sel).getBoundingClientRect();
      // The radio and its label on one row, label after the radio, target at least 24 × 24.
      const radio = box('#f-rating-4');
      const label = box('label[for=f-rating-4]');
      expect(radio.width).to.be.at.least(24);
      expect(radio.height).to.be.at.least(24);
      expect(label.left).to.be.above(radio.right - 1);
      expect(Math.abs(label.top - radio.top)).to.be.below(radio.height);
      // The textarea: full width of its field, with its border, and tall enough to write in.
      const text = $(el, '#f-worked');
      expect(parseFloat(getComputedStyle(text).borderTopWidth)).to.be.at.least(2);
      expect(text.getBoundingClientRect().height).to.be.at.least(44);
      expect(Math.abs(text.getBoundingClientRect().width - $(el, '#f-worked').parentElement!.getBoundingClientRect().width)).to.be.below(2);
      // The fieldset has no frame of the page's, the legend the form's size.
      const fs = getComputedStyle($(el, 'fieldset'));
      expect([fs.borderTopWidth, fs.paddingTop]).to.deep.equal(['0px', '0px']);
      expect(parseFloat(getComputedStyle($(el, 'legend')).fontSize)).to.be.below(24);
      expect(getComputedStyle($(el, 'legend')).float).to.equal('none');
      // The send button: at least 44 × 44 and filled.
      const submit = $(el, 'button[type=submit]');
      expect(submit.getBoundingClientRect().height).to.be.at.least(44);
      expect(submit.getBoundingClientRect().width).to.be.at.least(44);
      expect(getComputedStyle(submit).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
      // Focus by keyboard shows a ring on the button, whatever `*:focus { outline: none }` says.
      $(el, '#f-wantsAnswer').focus();
      await sendKeys({ press: 'Tab' });
      await until(() => document.activeElement === submit, { message: 'focus on the send button' });
      const focusedEl = submit;
      const ring = getComputedStyle(focusedEl);
      expect(ring.outlineStyle, `${focusedEl.localName} outline`).to.not.equal('none');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(1);
    });
  });
});

describe('klar-feedback-form: two forms on one page', () => {
  it('every id on the page is unique, and every for, aria-describedby, aria-labelledby and summary link points inside its own form', async () => {
    const t1 = testId();
    const t2 = testId();
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <h2 id="heading">The page's own heading</h2>
      <klar-feedback-form mode="report" action=${actionFor(t1)} min-time="0"></klar-feedback-form>
      <klar-feedback-form mode="report" action=${actionFor(t2)} min-time="0"></klar-feedback-form>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll<KlarFeedbackForm>('klar-feedback-form')];
    await a.updateComplete;
    await b.updateComplete;
    for (const f of [a, b]) {
      await type(f, '#f-where', 'x');
      await send(f); // errors, the summary and its links
    }
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.length).to.be.above(20);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i), 'duplicate ids').to.deep.equal([]);
    expect(document.getElementById('heading')!.textContent).to.equal("The page's own heading");
    for (const f of [a, b]) {
      const refs = [...f.querySelectorAll('[for], [aria-describedby], [aria-labelledby], a[href^="#"]')].flatMap((n) =>
        [n.getAttribute('for'), n.getAttribute('aria-describedby'), n.getAttribute('aria-labelledby'), n.getAttribute('href')?.slice(1)].filter(Boolean).flatMap((v) => v!.split(' ')),
      );
      expect(refs.length).to.be.above(8);
      for (const id of refs) expect(f.contains(document.getElementById(id)), `${id} inside its form`).to.equal(true);
    }
  });
});

describe('klar-feedback-form: the author\'s heading, intro and thanks', () => {
  it('stay the author\'s own nodes, where the author put them, and show where the slots are', async () => {
    const t = testId();
    const el = await fixture<KlarFeedbackForm>(html`<klar-feedback-form action=${actionFor(t)} min-time="0">
      <h3 slot="heading">Hvordan gik det med din ansøgning?</h3>
      <p slot="intro">Dit svar hjælper os.</p>
      <p slot="thanks"><a href="/sag">Tilbage til din sag</a></p>
    </klar-feedback-form>`);
    const [heading, intro, thanks] = [...el.children].filter((c) => c.hasAttribute('slot')) as HTMLElement[];
    const top = (n: Element) => n.getBoundingClientRect().top;
    const shown = (n: Element) => n.getClientRects().length > 0;
    expect([heading.parentElement, intro.parentElement, thanks.parentElement]).to.deep.equal([el, el, el]);
    expect(shown(heading) && shown(intro)).to.equal(true);
    expect(shown(thanks), 'thanks only on the thank-you page').to.equal(false);
    expect(shown($(el, '.klar-heading')), 'our heading text replaced').to.equal(false);
    expect(top(heading)).to.be.below(top(intro));
    expect(top(intro)).to.be.below(top($(el, '#q-helped')));
    expect(heading.getBoundingClientRect().left - el.getBoundingClientRect().left, 'inside the form\'s box').to.be.above(0);
    expect($(el, 'section').getAttribute('aria-label')).to.equal('Hvordan gik det med din ansøgning?');
    await fillQuick(el);
    const sent = oneEvent(el, 'klar-feedback-sent');
    await send(el);
    await sent;
    await el.updateComplete;
    // The same nodes, never moved or cloned.
    expect([...el.children].filter((c) => c.hasAttribute('slot'))).to.deep.equal([heading, intro, thanks]);
    expect(shown(thanks)).to.equal(true);
    const thanksHeading = $(el, '#thanks');
    const againButton = [...el.querySelectorAll('button')].find((b) => b.textContent!.includes('Skriv en ny besked'))!;
    expect(top(thanksHeading)).to.be.below(top(thanks));
    expect(top(thanks)).to.be.below(top(againButton));
    expect(shown(heading), 'the form\'s heading goes with the form').to.equal(false);
  });
});

describe('klar-feedback-form: taking over the server render (klar-elements/ssr)', () => {
  it('keeps what the citizen typed and chose in the server\'s form before the JavaScript came, and replaces its container', async () => {
    const t = testId();
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    // What renderToString writes, with words typed and a box ticked before the element's code ran.
    // (innerHTML: the element upgrades once its children are there, as it does on a parsed page.)
    wrap.innerHTML = `<klar-feedback-form mode="report" action="${actionFor(t)}" no-draft><div class="klar-root" data-klar-ssr><form>
      <textarea name="whatWentWrong">Knappen virker ikke</textarea><input type="text" name="where" value="Forsiden">
      <input type="checkbox" name="wantsAnswer" checked><input type="text" name="website" value=""></form></div></klar-feedback-form>`;
    const el = wrap.querySelector<KlarFeedbackForm>('klar-feedback-form')!;
    await until(() => !el.querySelector('[data-klar-ssr]'), { message: "the server's container replaced" });
    await el.updateComplete;
    expect(el.values).to.include({ whatWentWrong: 'Knappen virker ikke', where: 'Forsiden', wantsAnswer: true });
    expect(el.values).to.not.have.property('website');
    expect(($(el, '#f-whatWentWrong') as HTMLTextAreaElement).value).to.equal('Knappen virker ikke');
    expect(($(el, '#f-wantsAnswer') as HTMLInputElement).checked).to.equal(true);
    expect(el.querySelectorAll(':scope > .klar-root')).to.have.length(1);
  });

  it('an e-mail or phone typed into the server\'s form is an answer asked for: the box ticked, the contact kept and shown, and sent', async () => {
    // A contact typed there before the JavaScript came (the box left unticked) went nowhere: the
    // form took the words over unticked, so its send left the contact out, while the same post
    // without JavaScript means "answer me" to the server.
    const t = testId();
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.innerHTML = `<klar-feedback-form mode="full" action="${actionFor(t)}" no-draft min-time="0"><div class="klar-root" data-klar-ssr><form>
      <textarea name="worked">Fint</textarea><input type="checkbox" name="wantsAnswer">
      <input type="email" name="email" value="anna@example.dk"><input type="tel" name="phone" value="12 34 56 78"><input type="text" name="website" value=""></form></div></klar-feedback-form>`;
    const el = wrap.querySelector<KlarFeedbackForm>('klar-feedback-form')!;
    await until(() => !el.querySelector('[data-klar-ssr]'), { message: "the server's container replaced" });
    await el.updateComplete;
    expect(el.values).to.include({ worked: 'Fint', email: 'anna@example.dk', phone: '12 34 56 78', wantsAnswer: true });
    expect(($(el, '#f-wantsAnswer') as HTMLInputElement).checked, 'the box ticked').to.equal(true);
    expect(($(el, '#f-email') as HTMLInputElement).value).to.equal('anna@example.dk');
    expect($(el, '#f-email').getClientRects().length, 'the e-mail field shown').to.be.above(0);
    el.submit();
    await until(async () => (await records(t)).count === 1, { timeout: 5000, message: 'stored' });
    const body = (await records(t)).records[0].body as { answers: { wantsAnswer?: boolean }; contact?: unknown };
    expect([body.answers.wantsAnswer, body.contact]).to.deep.equal([true, { email: 'anna@example.dk', phone: '12 34 56 78' }]);
  });
});
