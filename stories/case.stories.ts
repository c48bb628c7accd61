import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/klar-case.js';
import '../src/klar-case-status.js';
import { CASE_FORMATS } from '../src/adapters/index.js';
import { apiArgTypes, playgroundStory } from '../.storybook/playground.js';

/**
 * <klar-case>: fetches one case and shares it with every klar element inside it, so a status
 * and a timeline make one request between them. The stories fetch the test fixtures, which
 * Storybook serves under `fixtures/` (see .storybook/main.ts); on a real page `src` is your case endpoint.
 * Principle: "Sammenhæng" — everything on the page tells the same, current story.
 */

const NOW = new Date('2026-11-24T10:00:00Z');

const meta: Meta = {
  title: 'Elementer/klar-case',
  component: 'klar-case',
  argTypes: apiArgTypes('klar-case'),
};
export default meta;
type Story = StoryObj;

/** Every attribute of the provider as a control; a `<klar-case-status>` inside shows what it loaded. */
export const Playground: Story = playgroundStory('klar-case', {
  options: {
    format: CASE_FORMATS,
    src: [
      'fixtures/klar/in-progress.json',
      'fixtures/klar/waiting-citizen.json',
      'fixtures/klar/delayed.json',
      'fixtures/klar/moved.json',
      'fixtures/klar/decided.json',
      'fixtures/open311/request.json',
      'fixtures/zgw/zaak-expanded.json',
      'fixtures/klar/does-not-exist.json',
    ],
    credentials: ['same-origin', 'include', 'omit'],
  },
  args: { src: 'fixtures/klar/in-progress.json', 'contact-phone': '33 66 33 66' },
  children: () => {
    const status = document.createElement('klar-case-status');
    status.setAttribute('now', NOW.toISOString());
    return [status];
  },
});

export const KlarJson: Story = {
  name: 'format="klar" with a full and a compact status',
  render: () => html`<klar-case src="fixtures/klar/moved.json">
    <klar-case-status .now=${NOW}></klar-case-status>
    <klar-case-status .now=${NOW} variant="compact" heading-level="3"></klar-case-status>
  </klar-case>`,
};

export const Open311: Story = {
  name: 'format="open311"',
  render: () => html`<klar-case format="open311" src="fixtures/open311/request.json">
    <klar-case-status .now=${NOW}></klar-case-status>
  </klar-case>`,
};

export const Zgw: Story = {
  name: 'format="zgw" (zaak with _expand)',
  render: () => html`<klar-case format="zgw" src="fixtures/zgw/zaak-expanded.json">
    <klar-case-status .now=${NOW}></klar-case-status>
  </klar-case>`,
};

export const NotFound: Story = {
  name: 'A case that is not found, with the contact',
  render: () => html`<klar-case src="fixtures/klar/does-not-exist.json" contact-phone="33 66 33 66" contact-url="https://www.example.dk/kontakt">
    <klar-case-status .now=${NOW}></klar-case-status>
  </klar-case>`,
};
