// A service description is a web editor's HTML: its `<klar-step>` children are read into case JSON
// and checked by parseCase, the one way in, like a fetched case (src/expectation-timeline/read-steps.ts).
// A typo never blanks the description: the citizen sees every step that can be read, without the
// wrong date; the editor gets one console warning naming the step and the attribute.
import { expect, fixtureSync, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';
import { isParsedCase } from '../../src/core/parse-case.js';
import { readService } from '../../src/expectation-timeline/read-steps.js';
import { $, stepItems, text, type Timeline } from './helpers.js';

/** Renders a service description (Danish, 24 November 2026) and returns it with the warnings the console got meanwhile. */
async function describeService(steps: TemplateResult, attrs: { heading?: string; processingTime?: string; policyUrl?: string } = {}): Promise<{ el: Timeline; warnings: string[] }> {
  const warn = sinon.spy(console, 'warn');
  try {
    const wrap = fixtureSync<HTMLDivElement>(html`<div lang="da">
      <klar-expectation-timeline heading=${attrs.heading ?? 'Sådan foregår det'} processing-time=${attrs.processingTime ?? ''} policy-url=${attrs.policyUrl ?? ''} now="2026-11-24T10:00:00Z">${steps}</klar-expectation-timeline>
    </div>`);
    const el = wrap.querySelector('klar-expectation-timeline')!;
    await el.updateComplete;
    expect(el.dataSource).to.equal('declarative');
    expect($(el, '[part="error"]'), 'no error state').to.equal(null);
    return { el, warnings: warn.getCalls().map((c) => String(c.args[0])).filter((w) => w.startsWith('klar-elements:')) };
  } finally {
    warn.restore();
  }
}

const titles = (el: Timeline) => stepItems(el).map((li) => text(li.querySelector('.klar-title')));
const dateOf = (el: Timeline, n: number) => text(stepItems(el)[n].querySelector('.klar-date'));
const tagOf = (el: Timeline, n: number) => text(stepItems(el)[n].querySelector('.klar-tag'));
const W = 'klar-elements: <klar-expectation-timeline> ';

describe('<klar-expectation-timeline> <klar-step> attributes it cannot read', () => {
  it('an unreadable expected date: the step is shown without a date, the others as written; one warning names the step and the attribute', async () => {
    const { el, warnings } = await describeService(html`
      <klar-step state="done" date="2026-11-02"><strong>Du søger</strong></klar-step>
      <klar-step state="current" expected="2026-13-45"><strong>Vi tjekker ansøgningen</strong></klar-step>
      <klar-step expected="2027-01-15"><strong>Du får svar</strong></klar-step>`);
    expect(titles(el)).to.deep.equal(['Du søger', 'Vi tjekker ansøgningen', 'Du får svar']);
    expect(dateOf(el, 0)).to.equal('2. november 2026');
    expect(dateOf(el, 1), 'no date, no made-up date').to.equal('');
    expect(tagOf(el, 1)).to.equal('I gang');
    expect(dateOf(el, 2)).to.contain('Forventet færdig 15. januar 2027');
    expect(warnings).to.deep.equal([`${W}<klar-step> 2 "Vi tjekker ansøgningen": expected="2026-13-45": not a valid date; left out.`]);
  });

  it('an unreadable date: a done step keeps its state without a date; a coming step has no expected date', async () => {
    const { el, warnings } = await describeService(html`
      <klar-step state="done" date="2. november"><strong>Du har søgt</strong></klar-step>
      <klar-step state="current" date="i morgen"><strong>Vi ser på sagen</strong></klar-step>`);
    expect(titles(el)).to.deep.equal(['Du har søgt', 'Vi ser på sagen']);
    expect(tagOf(el, 0)).to.equal('Færdig');
    expect(dateOf(el, 0)).to.equal('');
    expect(dateOf(el, 1)).to.equal('');
    expect(warnings).to.deep.equal([
      `${W}<klar-step> 1 "Du har søgt": date="2. november": not a valid date; left out.`,
      `${W}<klar-step> 2 "Vi ser på sagen": date="i morgen": not a valid date; left out.`,
    ]);
  });

  it('an unreadable duration, in duration or in expected: no "Tager normalt", the good one still says it', async () => {
    const { el, warnings } = await describeService(html`
      <klar-step duration="2 uger"><strong>Vi vurderer</strong></klar-step>
      <klar-step expected="P2X"><strong>Vi hører naboerne</strong></klar-step>
      <klar-step duration="P1W"><strong>Du får svar</strong></klar-step>`);
    expect(titles(el)).to.deep.equal(['Vi vurderer', 'Vi hører naboerne', 'Du får svar']);
    expect(dateOf(el, 0)).to.equal('');
    expect(dateOf(el, 1)).to.equal('');
    expect(dateOf(el, 2)).to.equal('Tager normalt 1 uge');
    expect(warnings).to.deep.equal([
      `${W}<klar-step> 1 "Vi vurderer": duration="2 uger": not an ISO 8601 duration; left out.`,
      `${W}<klar-step> 2 "Vi hører naboerne": expected="P2X": not an ISO 8601 duration; left out.`,
    ]);
  });

  it('a window with one unreadable end: no date at all (not the readable end, which would call the step late too early)', async () => {
    const { el, warnings } = await describeService(html`
      <klar-step state="current" expected="2026-11-20/2026-12-51"><strong>Vi tjekker</strong></klar-step>
      <klar-step expected="2027-01-04/2027-01-15"><strong>Du får svar</strong></klar-step>`);
    expect(titles(el)).to.deep.equal(['Vi tjekker', 'Du får svar']);
    expect(dateOf(el, 0)).to.equal('');
    expect(stepItems(el)[0].querySelector('.klar-overdue'), 'not late on 20 November').to.equal(null);
    expect(dateOf(el, 1)).to.contain('Forventet færdig 4.–15. januar 2027');
    expect(warnings).to.deep.equal([`${W}<klar-step> 1 "Vi tjekker": expected="2026-11-20/2026-12-51" (its end): not a valid date; left out.`]);
  });

  it('an unknown state: shown as coming later, and its date, done or expected no one knows, left out (no false "we are late")', async () => {
    const { el, warnings } = await describeService(html`
      <klar-step state="finished" date="2026-11-02"><strong>Du indsender</strong></klar-step>
      <klar-step state="Current" expected="2026-12-15"><strong>Vi behandler</strong></klar-step>`);
    expect(titles(el)).to.deep.equal(['Du indsender', 'Vi behandler']);
    expect(tagOf(el, 0)).to.equal('Kommer senere');
    expect(dateOf(el, 0)).to.equal('');
    expect(stepItems(el)[0].querySelector('.klar-overdue')).to.equal(null);
    expect(tagOf(el, 1)).to.equal('Kommer senere');
    expect(dateOf(el, 1), 'an expected date means the same in any state').to.contain('Forventet færdig 15. december 2026');
    expect(warnings).to.deep.equal([
      `${W}<klar-step> 1 "Du indsender": state="finished": unknown state (one of done, current, upcoming, skipped, blocked); shown as upcoming, and its date="2026-11-02" left out (it may say when the step was done or when it is expected).`,
      `${W}<klar-step> 2 "Vi behandler": state="Current": unknown state (one of done, current, upcoming, skipped, blocked); shown as upcoming.`,
    ]);
  });

  it('an unsafe policy-url is no link; an unreadable processing-time no promise; the steps stay', async () => {
    const unsafe = await describeService(html`<klar-step state="current"><strong>Vi behandler sagen</strong></klar-step>`, { processingTime: 'P8W', policyUrl: 'javascript:alert(1)' });
    expect(titles(unsafe.el)).to.deep.equal(['Vi behandler sagen']);
    expect(text($(unsafe.el, '.klar-promise .klar-lead'))).to.equal('Vi behandler normalt sager som din inden for 8 uger fra den dag, vi får dem.');
    expect($(unsafe.el, '.klar-promise a'), 'no link').to.equal(null);
    expect(unsafe.warnings).to.deep.equal([`${W}policy-url="javascript:alert(1)": not a safe link (only https, http, mailto and tel are kept); left out.`]);

    const unread = await describeService(html`<klar-step state="current"><strong>Vi læser sagen</strong></klar-step>`, { processingTime: '8 uger', policyUrl: '/servicemaal' });
    expect(titles(unread.el)).to.deep.equal(['Vi læser sagen']);
    // The box's question is answered plainly, not left with a link alone under it.
    expect(text($(unread.el, '.klar-promise .klar-lead'))).to.equal('Vi kan ikke vise en dato lige nu.');
    expect($(unread.el, '.klar-promise a')!.getAttribute('href')).to.equal('/servicemaal');
    expect(unread.warnings).to.deep.equal([`${W}processing-time="8 uger": not an ISO 8601 duration; left out.`]);
  });

  it('a step with no title is left out, the others are shown; with none left, the plain "no steps" message, never a blank', async () => {
    const { el, warnings } = await describeService(html`
      <klar-step state="done" date="2026-11-02"><strong>Du sender ansøgningen</strong></klar-step>
      <klar-step state="current" expected="2026-12-01"> </klar-step>
      <klar-step><strong>Vi sender afgørelsen</strong></klar-step>`);
    expect(titles(el)).to.deep.equal(['Du sender ansøgningen', 'Vi sender afgørelsen']);
    expect(warnings).to.deep.equal([`${W}<klar-step> 2 has no title (no label attribute and no text); it is left out.`]);

    const none = await describeService(html`<klar-step state="current" label=" "></klar-step>`, { heading: 'Sådan søger du' });
    expect(text($(none.el, '.klar-heading'))).to.equal('Sådan søger du');
    expect(text($(none.el, '.klar-empty'))).to.equal('Der er ingen trin at vise for denne sag.');
    expect(none.warnings).to.deep.equal([`${W}<klar-step> 1 has no title (no label attribute and no text); it is left out.`]);
  });
});

describe('<klar-expectation-timeline> <klar-step> children go through parseCase', () => {
  it('a repeated id is renamed (and a window given the wrong way round read right), as parseCase does for any case', async () => {
    const { el, warnings } = await describeService(html`
      <klar-step id="trin" state="current" expected="2026-12-15/2026-12-01"><strong>Vi tjekker ansøgningen</strong></klar-step>
      <klar-step id="trin"><strong>Vi træffer afgørelse</strong></klar-step>`);
    expect(dateOf(el, 0)).to.contain('Forventet færdig 1.–15. december 2026');
    expect(stepItems(el).map((li) => li.dataset.stepId)).to.deep.equal(['trin', 'trin~2']);
    expect(warnings).to.deep.equal([`${W}<klar-step> 2 "Vi træffer afgørelse": id="trin": duplicate id "trin"; renamed.`]);
  });

  it('returns the case parseCase made (marked and frozen), not one built by hand', () => {
    const t = document.createElement('klar-expectation-timeline');
    t.processingTime = 'p8w';
    const step = document.createElement('klar-step');
    step.setAttribute('state', 'current');
    step.setAttribute('expected', '2026-12-01T10:00');
    step.innerHTML = '<strong>Vi behandler</strong>';
    const c = readService(t, [step]);
    expect(isParsedCase(c)).to.equal(true);
    expect(Object.isFrozen(c.steps[0])).to.equal(true);
    // A date-time without a zone is read in Copenhagen time, as parseCase reads every case.
    expect(c.steps[0].expected).to.deep.equal({ kind: 'date', date: '2026-12-01T09:00:00.000Z' });
    expect(c.promise).to.deep.equal({ processingTime: 'P8W' });
    expect(c.warnings).to.deep.equal([]);
  });
});
