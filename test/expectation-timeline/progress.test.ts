// "Trin 3 af 5": the progress summary at the top of the timeline, as text and as a bar.
import { expect, fixtureSync, html } from '@open-wc/testing';
import { $, $$, mkCase, mount, text, type Timeline } from './helpers.js';
import { until } from '../helpers/until.js';

const steps = (states: string[]) => states.map((state, i) => ({ id: `s${i + 1}`, title: `Trin nummer ${i + 1}`, state, ...(state === 'done' ? { completedAt: '2026-11-01' } : {}) }));
const progress = (el: Timeline) => text($(el, '[part=progress] .klar-progress-text'));
const bar = (el: Timeline) => $$(el, '.klar-progress-bar .klar-seg').map((s) => s.className.replace('klar-seg ', '').replace('klar-', ''));

describe('<klar-expectation-timeline> progress summary', () => {
  it('reads "Trin 1 af 4" at the first step', async () => {
    const el = await mount(mkCase({ steps: steps(['current', 'upcoming', 'upcoming', 'upcoming']) }));
    expect(progress(el)).to.equal('Trin 1 af 4: Trin nummer 1');
    expect(bar(el)).to.deep.equal(['seg-current', 'seg-todo', 'seg-todo', 'seg-todo']);
    // The bar is decoration: the words say it all, so screen readers hear it once.
    expect($(el, '.klar-progress-bar')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('reads the middle step, and the last', async () => {
    const middle = await mount(mkCase({ steps: steps(['done', 'done', 'current', 'upcoming', 'upcoming']) }));
    expect(progress(middle)).to.equal('Trin 3 af 5: Trin nummer 3');
    expect(bar(middle)).to.deep.equal(['seg-done', 'seg-done', 'seg-current', 'seg-todo', 'seg-todo']);
    const last = await mount(mkCase({ steps: steps(['done', 'done', 'current']) }));
    expect(progress(last)).to.equal('Trin 3 af 3: Trin nummer 3');
    const all = await mount(mkCase({ steps: steps(['done', 'done', 'done']) }));
    expect(progress(all)).to.equal('Alle 3 trin er færdige.');
    expect(bar(all)).to.deep.equal(['seg-done', 'seg-done', 'seg-done']);
  });

  it('does not count skipped steps', async () => {
    const el = await mount(mkCase({ steps: steps(['done', 'skipped', 'current', 'upcoming']) }));
    expect(progress(el)).to.equal('Trin 2 af 3: Trin nummer 3');
    expect(bar(el)).to.have.length(3);
  });

  it('names the next step when none has begun, never as the step the case is at', async () => {
    // A case just received: "Trin 2 af 3: …" stood beside that step's "Kommer senere".
    for (const [lang, words] of [['da', 'Næste trin: Trin nummer 2'], ['en', 'Next step: Trin nummer 2']]) {
      const el = await mount(mkCase({ steps: steps(['done', 'upcoming', 'upcoming']) }), { lang });
      expect(progress(el), lang).to.equal(words);
      expect(bar(el), lang).to.deep.equal(['seg-done', 'seg-todo', 'seg-todo']);
      // No screen reader hears "current step" on a step that has not begun.
      expect($$(el, '[aria-current]'), lang).to.have.length(0);
    }
  });

  it('speaks English in English', async () => {
    const el = await mount(mkCase({ steps: steps(['done', 'current', 'upcoming']) }), { lang: 'en' });
    expect(progress(el)).to.equal('Step 2 of 3: Trin nummer 2');
  });

  it('tells done, current and to come apart by shape, not colour alone', async () => {
    const el = await mount(mkCase({ steps: steps(['done', 'current', 'upcoming']) }));
    const [done, current, todo] = $$(el, '.klar-progress-bar .klar-seg').map((s) => getComputedStyle(s).backgroundImage + '|' + getComputedStyle(s).backgroundColor);
    expect(current).to.contain('linear-gradient');
    expect(done).to.not.equal(todo);
    expect(todo).to.contain('rgba(0, 0, 0, 0)');
  });

  it('works for declarative steps, and says nothing for a service description not yet started', async () => {
    const wrap = fixtureSync<HTMLDivElement>(html`<div lang="da">
      <klar-expectation-timeline id="started">
        <klar-step state="done" date="2026-11-02"><strong>Du søger</strong></klar-step>
        <klar-step state="current"><strong>Vi tjekker</strong></klar-step>
        <klar-step><strong>Du får svar</strong></klar-step>
      </klar-expectation-timeline>
      <klar-expectation-timeline id="service">
        <klar-step><strong>Du søger</strong></klar-step>
        <klar-step><strong>Vi tjekker</strong></klar-step>
      </klar-expectation-timeline>
    </div>`);
    const started = wrap.querySelector('#started') as Timeline;
    const service = wrap.querySelector('#service') as Timeline;
    await until(() => progress(started) !== '');
    expect(progress(started)).to.equal('Trin 2 af 3: Vi tjekker');
    await service.updateComplete;
    expect($(service, '[part=progress]')).to.equal(null);
    expect($$(service, 'ol > li')).to.have.length(2);
  });
});
