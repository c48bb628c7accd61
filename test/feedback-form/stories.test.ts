import { expect, fixtureSync, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as stories from '../../stories/feedback-form.stories.js';

type StoryLike = { render?: (args: object, ctx: object) => TemplateResult };
const meta = stories.default as { excludeStories?: string[] };
const entries = Object.entries(stories).filter(
  ([name, s]) => name !== 'default' && !(meta.excludeStories ?? []).includes(name) && typeof (s as StoryLike).render === 'function',
) as [string, StoryLike][];

afterEach(() => sessionStorage.clear());

describe('feedback-form stories: axe in every state, in Danish and English', () => {
  it('has a story for each mode and step', () => {
    expect(entries.map(([n]) => n)).to.include.members([
      'QuickEmpty',
      'FullEmpty',
      'ReportEmpty',
      'Typing',
      'CprWarning',
      'Invalid',
      'Sending',
      'Offline',
      'FailedWithRetry',
      'Sent',
      'WiredToPrincipleBadge',
      'BothLanguages',
    ]);
  });

  for (const lang of ['da', 'en']) {
    for (const [name, story] of entries) {
      it(`${name} (${lang}) has no axe violations`, async function () {
        // axe over a whole story takes seconds on a loaded 2-core machine (WebKit most).
        this.timeout(60_000);
        const wrap = fixtureSync<HTMLDivElement>(html`<div lang=${lang}></div>`);
        render(story.render!({}, { globals: { lang } }), wrap);
        const els = Array.from(wrap.querySelectorAll('klar-feedback-form'));
        expect(els.length).to.be.greaterThan(0);
        await Promise.all(els.map((e) => e.updateComplete));
        await new Promise((r) => setTimeout(r, 50));
        await Promise.all(els.map((e) => e.updateComplete));
        await expect(wrap).to.be.accessible();
      });
    }
  }

  it('shows each state it names', async () => {
    const check = async (name: keyof typeof stories, sel: string) => {
      const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`);
      render((stories[name] as StoryLike).render!({}, {}), wrap);
      const el = wrap.querySelector('klar-feedback-form')!;
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector(sel), `${String(name)}: ${sel}`).to.exist;
    };
    await check('CprWarning', '#f-whatWentWrong-cpr');
    await check('Invalid', '#error-summary');
    await check('Sending', 'button[aria-disabled=true]');
    await check('Offline', '#offline');
    await check('FailedWithRetry', '#failed button');
    await check('Sent', '#receipt');
  });
});
