import { expect, fixtureSync, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as stories from '../../stories/feedback-form.stories.js';
import type { KlarFeedbackForm } from '../../src/feedback-form/feedback-form.js';
import { maybe } from './helpers.js';
import { sweptInThisEngine } from '../helpers/swept.js';

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

  // Chromium: the accessibility sweep checks these same stories (test/helpers/swept.ts).
  for (const lang of sweptInThisEngine ? [] : ['da', 'en']) {
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

  it('shows each state it names, with the words a citizen reads there', async () => {
    const check = async (name: keyof typeof stories, sel: string, text: string | RegExp, extra?: (found: HTMLElement) => void) => {
      const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`);
      render((stories[name] as StoryLike).render!({}, {}), wrap);
      const el = wrap.querySelector<KlarFeedbackForm>('klar-feedback-form')!;
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      const found = maybe(el, sel);
      expect(found, `${String(name)}: ${sel}`).to.not.equal(null);
      const said = found!.textContent!.replace(/\s+/g, ' ').trim();
      if (typeof text === 'string') expect(said, `${String(name)}: ${sel}`).to.contain(text);
      else expect(said, `${String(name)}: ${sel}`).to.match(text);
      expect(found!.closest('[hidden]'), `${String(name)}: ${sel} is shown`).to.equal(null);
      extra?.(found!);
    };
    await check('CprWarning', '#f-whatWentWrong-cpr', 'Det ligner et CPR-nummer.', (n) => expect(n.querySelector('button')!.textContent).to.match(/\S/));
    await check('Invalid', '#error-summary', 'Der er et problem', (n) => {
      const link = n.querySelector('a')!;
      expect(link.getAttribute('href')).to.match(/^#klar-ff-\d+-f-whatWentWrong$/);
      expect(link.textContent).to.match(/\S/);
      expect(n.querySelector('[role=alert]')).to.not.equal(null);
    });
    await check('InvalidContact', '#error-summary', 'navn@eksempel.dk', (n) => expect(n.textContent).to.contain('12 34 56 78'));
    await check('Sending', 'button[aria-disabled=true]', 'Sender …');
    await check('Offline', '#offline', 'Du har ingen internetforbindelse lige nu.');
    await check('FailedWithRetry', '#failed', 'Din besked er ikke sendt', (n) => expect(n.querySelector('button')!.textContent).to.contain('Prøv igen'));
    await check('Sent', '#receipt', 'Dit kvitteringsnummer er KF-2026-1042.');
  });
});
