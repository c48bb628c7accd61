// A quick form that klar-elements/ssr rendered, taken over in the browser. A file of its own: a
// page fetches a module once, and the first test checks that the on-demand part is not fetched.
import { expect, fixture, html } from '@open-wc/testing';
import type { KlarFeedbackForm } from '../../src/feedback-form/feedback-form.js';
import { until } from '../helpers/until.js';
import { $, actionFor, focusedId, testId } from './helpers.js';

/** The resources the page fetched whose URL contains `part`. */
const fetched = (part: string) => performance.getEntriesByType('resource').filter((e) => e.name.includes(part));

/**
 * Puts what renderToString writes for a quick form on the page (innerHTML: the element upgrades
 * once its children are there, as on a parsed page); `focus` is focused before the form's first draw.
 */
async function serverForm(focus?: 'yes' | 'no'): Promise<KlarFeedbackForm> {
  const wrap = await fixture<HTMLDivElement>(html`<div></div>`);
  wrap.innerHTML = `<klar-feedback-form mode="quick" action="${actionFor(testId())}" no-draft><div class="klar-root" data-klar-ssr><section part="base" class="klar-base">
    <form part="form" method="post" novalidate><input type="hidden" name="mode" value="quick"><input type="hidden" name="lang" value="da">
    <h2 part="heading" class="klar-heading" id="klar-s-ff-1-heading">Hjælp os med at gøre siden bedre</h2>
    <div class="klar-field" role="group"><p class="klar-question">Fik du hjælp til det, du søgte?</p><div class="klar-buttons">
    <button type="submit" id="klar-s-ff-1-f-helped-yes" name="helped" value="yes">Ja</button><button type="submit" id="klar-s-ff-1-f-helped-no" name="helped" value="no">Nej</button></div></div>
    <div class="klar-visually-hidden" aria-hidden="true"><input type="text" name="website" tabindex="-1" value=""></div></form></section></div></klar-feedback-form>`;
  const el = wrap.querySelector<KlarFeedbackForm>('klar-feedback-form')!;
  if (focus) el.querySelector<HTMLElement>(`[value="${focus}"]`)!.focus();
  await until(() => !el.querySelector('[data-klar-ssr]'), { message: "the server's container replaced" });
  await el.updateComplete;
  return el;
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
