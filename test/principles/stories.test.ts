import { root } from '../helpers/root.js';
import { expect, fixtureSync, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import { loadStorybookManifest } from '../helpers/storybook-manifest.js';
import * as stories from '../../stories/principles.stories.js';

type StoryLike = { render?: (args: object, ctx: object) => TemplateResult; args?: object };
const meta = stories.default as unknown as StoryLike;
const entries = Object.entries(stories).filter(([name]) => name !== 'default') as [string, StoryLike][];

async function settle(root: ParentNode): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const els = [...root.querySelectorAll('*')].filter((e) => 'updateComplete' in e) as unknown as { updateComplete: Promise<unknown>; shadowRoot: ShadowRoot }[];
    await Promise.all(els.map((e) => e.updateComplete));
    for (const e of els) if (e.shadowRoot) await settle(e.shadowRoot);
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('principles stories: axe', () => {
  // The Playground's args come from the manifest, as in Storybook.
  before(() => loadStorybookManifest());

  for (const [name, story] of entries) {
    it(`${name} has no axe violations, with tags closed and opened`, async function () {
      // Two axe runs over up to nine cards: on a loaded 2-core machine that takes longer than mocha's 10 s.
      this.timeout(60_000);
      const wrap = fixtureSync<HTMLDivElement>(html`<div></div>`);
      const fn = story.render ?? meta.render!;
      render(fn({ ...meta.args, ...story.args }, { globals: { lang: 'da' } }), wrap);
      await settle(wrap);
      const lists = [...wrap.querySelectorAll('klar-principles')];
      expect(lists.length).to.be.greaterThan(0);
      await expect(wrap).to.be.accessible();
      const tags = lists.flatMap((l) => [...root(l).querySelectorAll('klar-principle-badge')]).filter((b) => b.variant !== 'card');
      if (tags.length) {
        tags.forEach((b) => (b.open = true));
        await settle(wrap);
        await expect(wrap).to.be.accessible();
      }
    });
  }
});
