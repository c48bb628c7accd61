import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/klar-principles.js';
import '../src/klar-feedback-form.js';
import { LIST_VARIANTS } from '../src/principles/principles.types.js';
import { apiArgTypes, playgroundStory } from '../.storybook/playground.js';
import { COPENHAGEN_TRUST_SET, registerCopenhagenTrustPrinciples } from '../src/core/principles/sets/copenhagen-trust.js';

/**
 * <klar-principles>: the promises a page or service lives by, as a grid of cards (an "our
 * promises" section) or a row of tags (a footer). It is a real list, so screen readers say
 * how many promises there are.
 *
 * Principles: Tydelige forventninger and Klar tale.
 */

registerCopenhagenTrustPrinciples();

const meta: Meta = {
  title: 'Elementer/klar-principles',
  component: 'klar-principles',
  argTypes: apiArgTypes('klar-principles'),
};
export default meta;
type Story = StoryObj;

/** Every attribute of the element, and nothing else, as a control. */
export const Playground: Story = playgroundStory('klar-principles', {
  options: { variant: LIST_VARIANTS, set: ['', COPENHAGEN_TRUST_SET], 'heading-level': [0, 2, 3, 4] },
  args: { principles: 'klar-tale sammenhaeng udvikling' },
});

export const AllCardsDanish: Story = {
  name: 'All nine as cards (da)',
  render: () => html`<section lang="da" aria-labelledby="promises-da">
    <h2 id="promises-da">Vores løfter til dig</h2>
    <klar-principles heading-level="3"></klar-principles>
  </section>`,
};

export const AllCardsEnglish: Story = {
  name: 'All nine as cards (en)',
  render: () => html`<section lang="en" aria-labelledby="promises-en">
    <h2 id="promises-en">Our promises to you</h2>
    <klar-principles heading-level="3"></klar-principles>
  </section>`,
};

export const FooterTags: Story = {
  name: 'A row of tags for a footer',
  tags: ['other-languages'],
  render: () => html`<footer style="padding: 1rem; background: #f3f4f6">
    <div lang="da"><klar-principles variant="tag" principles="klar-tale sammenhaeng udvikling"></klar-principles></div>
    <div lang="en" style="margin-block-start: 1rem"><klar-principles variant="tag" show-tagline principles="klar-tale sammenhaeng udvikling"></klar-principles></div>
  </footer>`,
};

export const NarrowContainer: Story = {
  name: 'Narrow container (one column)',
  render: () => html`<div lang="da" style="inline-size: 17rem"><klar-principles principles="oejenhoejde haand-om-fejl"></klar-principles></div>`,
};

export const CopenhagenTrustSet: Story = {
  name: 'Copenhagen trust set',
  render: () => html`<div lang="da"><klar-principles set=${COPENHAGEN_TRUST_SET}></klar-principles></div>`,
};

export const WiredToFeedbackForm: Story = {
  name: 'Wired to a feedback form',
  render: () => html`<div lang="da" style="display: grid; gap: 1.5rem">
    <klar-principles variant="tag" principles="tydelige-forventninger haand-om-fejl" feedback-for="principles-story-form"></klar-principles>
    <klar-feedback-form id="principles-story-form" no-draft></klar-feedback-form>
  </div>`,
};

export const RightToLeft: Story = {
  name: 'Right-to-left',
  tags: ['other-languages'],
  render: () => html`<div dir="rtl" lang="ar"><klar-principles principles="klar-tale sammenhaeng udvikling"></klar-principles></div>`,
};
