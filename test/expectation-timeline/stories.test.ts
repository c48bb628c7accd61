import { expect, fixtureSync, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import * as stories from '../../stories/expectation-timeline.stories.js';
import { sweptInThisEngine } from '../helpers/swept.js';

type StoryLike = { render?: (args: object, ctx: object) => TemplateResult };
const meta = stories.default as { excludeStories?: string[] };
const entries = Object.entries(stories).filter(
  ([name, s]) => name !== 'default' && !(meta.excludeStories ?? []).includes(name) && typeof (s as StoryLike).render === 'function',
) as [string, StoryLike][];

describe('expectation-timeline stories: axe in every state, in Danish and English', () => {
  it('has the stories the issue asks for', () => {
    expect(entries.map(([n]) => n)).to.include.members([
      'NewCase',
      'InProgress',
      'WaitingForCitizen',
      'Delayed',
      'OverdueWithoutNotice',
      'FinishedWithDecision',
      'Stopped',
      'LongCase',
      'DeclarativeServiceDescription',
      'NarrowContainer',
      'BothLanguages',
      'ForcedColors',
      'AllStates',
    ]);
  });

  // Chromium: the accessibility sweep checks these same stories (test/helpers/swept.ts).
  for (const lang of sweptInThisEngine ? [] : ['da', 'en']) {
    for (const [name, story] of entries) {
      it(`${name} (${lang}) has no axe violations`, async function () {
        // axe over a page of timelines takes seconds on a loaded 2-core machine (WebKit most).
        this.timeout(60_000);
        const wrap = fixtureSync<HTMLDivElement>(html`<div lang=${lang}></div>`);
        render(story.render!({}, { globals: { lang } }), wrap);
        const els = Array.from(wrap.querySelectorAll('klar-expectation-timeline'));
        expect(els.length).to.be.greaterThan(0);
        await Promise.all(els.map((e) => e.updateComplete));
        await new Promise((r) => setTimeout(r, 50));
        await expect(wrap).to.be.accessible();
      });
    }
  }
});
