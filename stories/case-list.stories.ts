import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/klar-case-list.js';
import { samples } from './case-status.stories.js';
import { CASE_FORMATS } from '../src/adapters/index.js';
import { apiArgTypes, playgroundStory } from '../.storybook/playground.js';

/**
 * <klar-case-list>: a citizen's cases ("Mine sager") in one compact list, sorted by what the
 * citizen must do: first the cases where they must act, then those in progress, then the closed
 * ones. Each row says the status in words, the next step, when to expect an answer (the same
 * sentence as the status card), and links to the case. From one URL (`src`, one request per
 * refresh for all cases) or the `cases` property.
 * Principle: "Tydelige forventninger" — the citizen sees at once where they must act.
 *
 * Use it on a portal's overview page ("Mine sager"). Do not use it for one case: use
 * `<klar-case>` with `<klar-case-status>` there.
 */

/** What the examples below vary (the Playground takes the element's own attributes). */
interface Args {
  headingLevel: number;
  caseHref: string;
}

const NOW = new Date('2026-11-24T10:00:00Z');
const mix = [samples.closed, samples.inProgress, samples.decided, samples.waiting, samples.delayed, samples.received, samples.moved];

const meta: Meta<Args> = {
  title: 'Elementer/klar-case-list',
  component: 'klar-case-list',
  args: { headingLevel: 2, caseHref: '/min-sag?case={id}' },
  argTypes: { ...apiArgTypes('klar-case-list'), headingLevel: { control: false, table: { disable: true } }, caseHref: { control: false, table: { disable: true } } },
};
export default meta;
type Story = StoryObj<Args>;

const list = (cases: unknown[]) => (args: Args) =>
  html`<klar-case-list heading-level=${args.headingLevel} case-href=${args.caseHref} .now=${NOW} .cases=${cases}></klar-case-list>`;

/** Every attribute of the element, and its `cases` property, as controls. */
export const Playground: Story = playgroundStory('klar-case-list', {
  options: { format: CASE_FORMATS, credentials: ['omit', 'same-origin', 'include'], 'heading-level': [2, 3, 4, 5] },
  properties: ['cases'],
  args: { cases: mix, now: NOW.toISOString(), 'case-href': '/min-sag?case={id}', 'heading-level': 2 },
}) as Story;

export const EveryKind: Story = { name: 'Every kind of case, sorted', render: list(mix) };

export const FromOneUrl: Story = {
  name: 'From one URL (src)',
  render: (args) =>
    html`<klar-case-list heading-level=${args.headingLevel} case-href=${args.caseHref} .now=${NOW} src="fixtures/lists/three.json"></klar-case-list>`,
};

export const Empty: Story = { name: 'No cases', render: list([]) };

export const LoadError: Story = {
  name: 'A list that cannot be loaded, with the contact',
  render: () =>
    html`<klar-case-list src="fixtures/lists/does-not-exist.json" contact-phone="33 66 33 66" contact-url="https://www.example.dk/kontakt" .retry=${{ retries: 0 }}></klar-case-list>`,
};

export const HostileContent: Story = { name: 'Hostile content', render: list([samples.hostile, samples.inProgress]) };

export const NarrowContainer: Story = {
  name: 'Narrow container (320 px)',
  render: (args) => html`<div style="inline-size: min(320px, 100%)">${list(mix)(args)}</div>`,
};

export const BothLanguages: Story = {
  name: 'Danish and English',
  render: (args) => html`${(['da', 'en'] as const).map((lang) => html`<div lang=${lang}>${list([samples.waiting, samples.inProgress, samples.decided])(args)}</div>`)}`,
};

export const RightToLeft: Story = {
  name: 'Right-to-left',
  render: (args) => html`<div dir="rtl">${list([samples.waiting, samples.inProgress])(args)}</div>`,
};
