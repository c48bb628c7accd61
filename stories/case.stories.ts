import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/klar-case.js';
import '../src/klar-case-status.js';

/**
 * <klar-case>: fetches one case and shares it with every klar element inside it, so a status
 * and a timeline make one request between them. The stories fetch the test fixtures, which
 * Storybook serves under `fixtures/` (see .storybook/main.ts); on a real page `src` is your case endpoint.
 * Principle: "Sammenhæng" — everything on the page tells the same, current story.
 */

interface Args {
  lang: 'da' | 'en';
}

const NOW = new Date('2026-11-24T10:00:00Z');

const meta: Meta<Args> = {
  title: 'Components/klar-case',
  component: 'klar-case',
  args: { lang: 'da' },
  argTypes: { lang: { control: 'inline-radio', options: ['da', 'en'] } },
};
export default meta;
type Story = StoryObj<Args>;

export const KlarJson: Story = {
  name: 'format="klar" with a full and a compact status',
  render: (args) => html`<klar-case lang=${args.lang} src="fixtures/klar/moved.json">
    <klar-case-status .now=${NOW}></klar-case-status>
    <klar-case-status .now=${NOW} variant="compact" heading-level="3"></klar-case-status>
  </klar-case>`,
};

export const Open311: Story = {
  name: 'format="open311"',
  render: (args) => html`<klar-case lang=${args.lang} format="open311" src="fixtures/open311/request.json">
    <klar-case-status .now=${NOW}></klar-case-status>
  </klar-case>`,
};

export const Zgw: Story = {
  name: 'format="zgw" (zaak with _expand)',
  render: (args) => html`<klar-case lang=${args.lang} format="zgw" src="fixtures/zgw/zaak-expanded.json">
    <klar-case-status .now=${NOW}></klar-case-status>
  </klar-case>`,
};

export const NotFound: Story = {
  name: 'A case that is not found, with the contact',
  render: (args) => html`<klar-case lang=${args.lang} src="fixtures/klar/does-not-exist.json" contact-phone="33 66 33 66" contact-url="https://www.example.dk/kontakt">
    <klar-case-status .now=${NOW}></klar-case-status>
  </klar-case>`,
};
