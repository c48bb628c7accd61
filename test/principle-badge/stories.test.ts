import { expect, fixtureSync, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { loadStorybookManifest } from '../helpers/storybook-manifest.js';
import * as stories from '../../stories/principle-badge.stories.js';

type StoryLike = { render?: (args: object, ctx: object) => TemplateResult; args?: object };
const meta = stories.default as unknown as StoryLike;
const entries = Object.entries(stories).filter(([name]) => name !== 'default') as [string, StoryLike][];

/** Waits for every klar element in a tree, including those inside other elements' shadow roots. */
async function settle(root: ParentNode): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const els = [...root.querySelectorAll('*')].filter((e) => 'updateComplete' in e) as unknown as { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot }[];
    await Promise.all(els.map((e) => e.updateComplete));
    for (const e of els) if (e.shadowRoot) await settle(e.shadowRoot);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('principle-badge stories: axe in every variant and state', () => {
  // The Playground's args come from the manifest, as in Storybook.
  before(() => loadStorybookManifest());

  it('has the stories the issue asks for', () => {
    expect(entries.map(([n]) => n)).to.include.members([
      'TagDanish',
      'TagEnglish',
      'CardDanish',
      'CardEnglish',
      'IconOnlyDanish',
      'IconOnlyEnglish',
      'CustomSet',
      'WiredToFeedbackForm',
      'RightToLeft',
      'ForcedColors',
    ]);
  });

  for (const [name, story] of entries) {
    it(`${name} has no axe violations, closed and with every badge opened`, async function () {
      // axe over a whole story takes seconds on a loaded 2-core machine (WebKit most).
      this.timeout(60_000);
      const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const fn = story.render ?? meta.render!;
      render(fn({ ...meta.args, ...story.args }, { globals: { lang: 'da' } }), wrap);
      await settle(wrap);
      const badges = [...wrap.querySelectorAll('klar-principle-badge')];
      expect(badges.length).to.be.greaterThan(0);
      await expect(wrap).to.be.accessible();
      // The other state: open what was closed and close what was open.
      for (const b of badges) if (b.variant !== 'card') b.open = !b.open;
      await settle(wrap);
      await expect(wrap).to.be.accessible();
    });
  }
});
