import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/klar-case-list.js';
import { apiArgTypes, playgroundStory } from '../.storybook/playground.js';
import { samples } from './case-status.stories.js';

/**
 * <klar-case-list>: a citizen's cases ("Mine sager") in one compact list, sorted by what the
 * citizen must do: first the cases where they must act, then those in progress, then the closed
 * ones. Each row says the status in words, the next step, when to expect an answer (the same
 * sentence as the status card), and links to the case. From one URL (`src`, one request per
 * refresh for all cases) or the `cases` property.
 * Principle: "Tydelige forventninger" — the citizen sees at once where they must act.
 */

const NOW = new Date('2026-11-24T10:00:00Z');
const mix = [samples.closed, samples.inProgress, samples.decided, samples.waiting, samples.delayed, samples.received, samples.moved];

const meta: Meta = {
  title: 'Elementer/klar-case-list',
  component: 'klar-case-list',
  argTypes: apiArgTypes('klar-case-list'),
};
export default meta;
type Story = StoryObj;

const list = (cases: unknown[], attrs: { current?: string } = {}) => () =>
  html`<klar-case-list heading-level="2" case-href="https://kommune.example/min-side/sager/{id}" current=${attrs.current ?? ''} .now=${NOW} .cases=${cases}></klar-case-list>`;

/** Every attribute of the element, and its `cases` property, as controls. */
export const Playground: Story = playgroundStory('klar-case-list', {
  options: {
    'heading-level': [2, 3, 4, 5],
    src: ['', 'fixtures/lists/three.json', 'fixtures/lists/does-not-exist.json'],
    format: ['klar', 'open311', 'zgw'],
    credentials: ['omit', 'same-origin', 'include'],
  },
  properties: ['cases'],
  args: { cases: mix, now: '2026-11-24T10:00:00Z', 'heading-level': 2, 'case-href': 'https://kommune.example/min-side/sager/{id}', 'contact-phone': '33 66 33 66' },
});

export const Sorted: Story = { name: 'Every kind of case, sorted', render: list(mix) };

export const CurrentCase: Story = { name: 'The case the page shows, marked', render: list(mix, { current: samples.inProgress.id }) };

export const FromOneUrl: Story = {
  name: 'From one URL (src)',
  render: () => html`<klar-case-list .now=${NOW} src="fixtures/lists/three.json" case-href="https://kommune.example/min-side/sager/{id}"></klar-case-list>`,
};

export const Empty: Story = { name: 'No cases', render: list([]) };

export const Loading: Story = {
  name: 'Loading',
  // A URL that never answers within the story (a port nothing listens on, retried slowly).
  render: () => html`<klar-case-list src="http://127.0.0.1:9/cases" .retry=${{ retries: 50, baseDelayMs: 60_000 }}></klar-case-list>`,
};

export const LoadError: Story = {
  name: 'Load error, with the contact',
  render: () =>
    html`<klar-case-list src="fixtures/lists/does-not-exist.json" contact-phone="33 66 33 66" contact-url="https://kommune.example/kontakt" .retry=${{ retries: 0 }}></klar-case-list>`,
};

export const HostileContent: Story = { name: 'Hostile content', render: list([samples.hostile, samples.inProgress]) };

export const NarrowContainer: Story = {
  name: 'Narrow container (320 px)',
  render: () => html`<div style="inline-size: 320px">${list(mix)()}</div>`,
};

export const BothLanguages: Story = {
  name: 'Both languages',
  render: () => html`${(['da', 'en'] as const).map((lang) => html`<div lang=${lang}>${list([samples.waiting, samples.inProgress, samples.decided])()}</div>`)}`,
};

export const RightToLeft: Story = {
  name: 'Right to left',
  render: () => html`<div dir="rtl">${list([samples.waiting, samples.inProgress])()}</div>`,
};
