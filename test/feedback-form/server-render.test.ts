// A quick form that klar-elements/ssr rendered, taken over in the browser. A file of its own: a
// page fetches a module once, and the first test checks that the on-demand part is not fetched.
import { expect, fixture, html } from '@open-wc/testing';
import type { KlarFeedbackForm } from '../../src/feedback-form/feedback-form.js';
import { until } from '../helpers/until.js';
import { addPackLoader } from '../../src/core/language-pack.js';
import { $, actionFor, focusedId, realWait, testId } from './helpers.js';

/** The resources the page fetched whose URL contains `part`. */
const fetched = (part: string) => performance.getEntriesByType('resource').filter((e) => e.name.includes(part));

/**
 * Puts what renderToString writes for a quick form on the page (innerHTML: the element upgrades
 * once its children are there, as on a parsed page); `focus` is focused before the form's first draw.
 */
async function serverForm(focus?: 'yes' | 'no'): Promise<KlarFeedbackForm> {
  const el = await serverPage('da');
  if (focus) el.querySelector<HTMLElement>(`[value="${focus}"]`)!.focus();
  await until(() => !el.querySelector('[data-klar-ssr]'), { message: "the server's container replaced" });
  await el.updateComplete;
  return el;
}

/** The server's quick form on the page, in `lang`; the element upgrades at once (its first draw may wait). */
async function serverPage(lang: string): Promise<KlarFeedbackForm> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.innerHTML = `<klar-feedback-form lang="${lang}" mode="quick" action="${actionFor(testId())}" no-draft><div class="klar-root" data-klar-ssr><section part="base" class="klar-base">
    <form part="form" method="post" novalidate><input type="hidden" name="mode" value="quick"><input type="hidden" name="lang" value="da">
    <h2 part="heading" class="klar-heading" id="klar-s-ff-1-heading">Hjælp os med at gøre siden bedre</h2>
    <div class="klar-field" role="group"><p class="klar-question">Fik du hjælp til det, du søgte?</p><div class="klar-buttons">
    <button type="submit" id="klar-s-ff-1-f-helped-yes" name="helped" value="yes">Ja</button><button type="submit" id="klar-s-ff-1-f-helped-no" name="helped" value="no">Nej</button></div></div>
    <div class="klar-visually-hidden" aria-hidden="true"><input type="text" name="website" tabindex="-1" value=""></div></form></section></div></klar-feedback-form>`;
  return wrap.querySelector<KlarFeedbackForm>('klar-feedback-form')!;
}

describe('klar-feedback-form: a quick form the server rendered, taken over', () => {
  // First: later tests fetch the on-demand part, and a page fetches a module once.
  it('draws its own question without fetching its on-demand part when nothing in it has focus', async () => {
    // Every server-rendered form fetched feedback-more.ts and its texts at page load, to take over
    // what was typed: a quick form has nothing to type into, and a fresh one waits for a sign of use.
    const el = await serverForm();
    expect(el.querySelectorAll(':scope > .klar-root'), 'one render container').to.have.length(1);
    expect($(el, '#f-helped-no').textContent!.trim()).to.equal('Nej');
    expect(fetched('/src/feedback-form/feedback-more.'), 'what it shows after the first input').to.have.length(0);
    expect(fetched('/src/translations/feedback-form-more.'), 'nor its texts').to.have.length(0);
  });

  it('with focus put on the server\'s "No" while its first draw waits for the English texts, draws with its on-demand part and focus on its own "No"', async () => {
    // Focus was read once, when the first draw was asked for: focus that came while the draw waited
    // (for the English pack here, or for the case) found a form drawn without its on-demand part,
    // which takes focus over, and went to <body>.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    addPackLoader('en', 'texts', () => held.then(() => import('../../src/translations/en/index.js')).then((m) => m.en));
    const el = await serverPage('en');
    await realWait(100);
    expect(el.querySelector('[data-klar-ssr]'), "the server's form still on screen: the draw waits").to.not.equal(null);
    el.querySelector<HTMLElement>('[value="no"]')!.focus();
    release();
    await until(() => !el.querySelector('[data-klar-ssr]'), { message: "the server's container replaced" });
    await until(() => focusedId(el) === 'f-helped-no', { message: `focus on "No", not ${focusedId(el) ?? document.activeElement?.localName}` });
    expect($(el, '#f-helped-no').textContent!.trim(), 'drawn in English').to.equal('No');
    expect(fetched('/src/feedback-form/feedback-more.ts'), 'its on-demand part, because focus is inside').to.have.length(1);
  });

  it('a report form: what the citizen typed into the server\'s form while its first draw waited, the caret and the focus are all in its own', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    addPackLoader('en', 'feedback-modes', () => held.then(() => import('../../src/translations/en/feedback-form-modes.js')).then((m) => m.feedbackModeMessagesEn));
    const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
    wrap.innerHTML = `<klar-feedback-form lang="en" mode="report" action="${actionFor(testId())}" no-draft><div class="klar-root" data-klar-ssr><form>
      <textarea name="whatWentWrong"></textarea><input type="text" name="website" value=""></form></div></klar-feedback-form>`;
    const el = wrap.querySelector<KlarFeedbackForm>('klar-feedback-form')!;
    await realWait(100);
    expect(el.querySelector('[data-klar-ssr]'), "the server's form still on screen: the draw waits").to.not.equal(null);
    const box = el.querySelector('textarea')!;
    box.focus();
    box.value = 'The button does nothing';
    box.setSelectionRange(4, 4);
    release();
    await until(() => !el.querySelector('[data-klar-ssr]'), { message: "the server's container replaced" });
    await until(() => focusedId(el) === 'f-whatWentWrong', { message: `focus in the text, not ${focusedId(el) ?? document.activeElement?.localName}` });
    const own = $(el, '#f-whatWentWrong') as HTMLTextAreaElement;
    expect([own.value, own.selectionStart], 'every word, the caret where it was').to.deep.equal(['The button does nothing', 4]);
    expect(el.values.whatWentWrong).to.equal('The button does nothing');
  });

  it('with focus on "Nej" in the server\'s form, focus is on its own "Nej"', async () => {
    // Taken over by name alone, focus on "Nej" went to "Ja".
    const el = await serverForm('no');
    await until(() => focusedId(el) === 'f-helped-no', { message: `focus on "Nej", not ${focusedId(el)}` });
    expect(el.querySelectorAll(':scope > .klar-root')).to.have.length(1);
  });

  it('with focus on "Ja", on its own "Ja"', async () => {
    const el = await serverForm('yes');
    await until(() => focusedId(el) === 'f-helped-yes', { message: `focus on "Ja", not ${focusedId(el)}` });
  });
});
