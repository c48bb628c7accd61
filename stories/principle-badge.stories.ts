import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/klar-principle-badge.js';
import '../src/klar-feedback-form.js';
import { registerPrinciples } from '../src/klar-principle-badge.js';
import { PRINCIPLE_SLUGS } from '../src/core/principles/index.js';
import { BADGE_VARIANTS, type BadgeVariant } from '../src/principle-badge/principle-badge.types.js';
import { COPENHAGEN_TRUST_SET, copenhagenTrustPrinciples, registerCopenhagenTrustPrinciples } from '../src/core/principles/sets/copenhagen-trust.js';
import { apiArgTypes, playgroundStory } from '../.storybook/playground.js';

/**
 * <klar-principle-badge>: which promise for good public service a page makes, and what it
 * means for the citizen. Activating the badge opens a disclosure (not a tooltip) with a
 * plain-language explanation; with a feedback form on the page, "Lever vi op til det?"
 * opens the form with the principle chosen.
 *
 * Principles: every one it shows; above all Klar tale (plain words), Tydelige forventninger
 * (what you can expect) and Udvikling (tell us whether we keep the promise).
 *
 * Accessibility: the trigger is the native disclosure's summary (`<details>`), which every
 * engine exposes as expandable and reader views keep (they drop buttons); Enter, Space and a
 * second click toggle it; Escape closes it and returns focus to the summary. The
 * panel flows in the page, so it is not clipped in scrolling containers and reflows at 400%
 * zoom. Icons are decorative; `icon-only` has "Her lover vi: <name>" as its accessible name.
 */

// A municipality's own service policy, registered the way an integrator would.
registerPrinciples('eksempel-kommune', {
  'svar-til-tiden': {
    icon: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3.5 2"/>`,
    texts: {
      da: {
        name: 'Svar til tiden',
        tagline: 'Du får svar, når vi har lovet det',
        explanation: 'Vi svarer på din besked inden for fem hverdage. Kan vi ikke nå det, skriver vi og siger hvorfor.',
      },
      en: {
        name: 'Answers on time',
        tagline: 'You get an answer when we promised',
        explanation: 'We answer your message within five working days. If we cannot, we write and tell you why.',
      },
    },
  },
  'en-indgang': {
    icon: 'sammenhaeng',
    texts: {
      da: { name: 'Én indgang', tagline: 'Du skal kun fortælle det én gang', explanation: 'Du har én fast kontakt. Hun holder styr på din sag, også når andre skal hjælpe.' },
      en: { name: 'One way in', tagline: 'You only have to tell us once', explanation: 'You have one contact person. They keep track of your case, also when others need to help.' },
    },
  },
});
registerPrinciples('lang-tekst', {
  lang: {
    texts: {
      da: {
        name: 'Et meget langt navn på et princip, som en kommune har fundet på, for at se hvordan det brydes',
        tagline: 'Donaudampfschifffahrtsgesellschaftskapitänskajütenschlüsselanhänger og <script>alert(1)</script>',
        explanation: 'Tekst med <b>markup</b>, der skal vises som tekst. '.repeat(4),
      },
    },
  },
});
registerCopenhagenTrustPrinciples();

/** What the stories' own `badge()` helper takes (the Playground takes the element's attributes). */
interface Args {
  principle: string;
  variant: BadgeVariant;
  set: string;
  showTagline: boolean;
  noPrefix: boolean;
  open: boolean;
  serviceText: string;
}

const badge = (a: Partial<Args> & { principle: string }): TemplateResult =>
  html`<klar-principle-badge
    principle=${a.principle}
    set=${ifDefined(a.set || undefined)}
    variant=${a.variant ?? 'tag'}
    ?show-tagline=${a.showTagline}
    ?no-prefix=${a.noPrefix}
    ?open=${a.open}
    >${a.serviceText || nothing}</klar-principle-badge
  >`;

const allNine = (variant: BadgeVariant, lang: 'da' | 'en', showTagline = false): TemplateResult =>
  html`<div lang=${lang} class="sb-principles" style="display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: flex-start">
    ${PRINCIPLE_SLUGS.map((p) => html`<div style=${variant === 'card' ? 'flex: 1 1 18rem' : ''}>${badge({ principle: p, variant, showTagline })}</div>`)}
  </div>`;

const meta: Meta<Args> = {
  title: 'Elementer/klar-principle-badge',
  component: 'klar-principle-badge',
  argTypes: apiArgTypes('klar-principle-badge'),
};
export default meta;
type Story = StoryObj<Args>;

/** Every attribute of the element, and nothing else, as a control. */
export const Playground: Story = playgroundStory('klar-principle-badge', {
  options: {
    variant: BADGE_VARIANTS,
    principle: [...PRINCIPLE_SLUGS, ...Object.keys(copenhagenTrustPrinciples), 'svar-til-tiden', 'en-indgang'],
    set: ['', COPENHAGEN_TRUST_SET, 'eksempel-kommune'],
    'heading-level': [0, 2, 3, 4],
  },
  args: { principle: 'tydelige-forventninger' },
});

export const TagDanish: Story = { name: 'Tag: all nine (da)', render: () => allNine('tag', 'da') };
export const TagEnglish: Story = { name: 'Tag: all nine (en)', render: () => allNine('tag', 'en') };
export const TagWithTaglineDanish: Story = { name: 'Tag with tagline (da)', render: () => allNine('tag', 'da', true) };
export const TagWithTaglineEnglish: Story = { name: 'Tag with tagline (en)', render: () => allNine('tag', 'en', true) };
export const CardDanish: Story = { name: 'Card: all nine (da)', render: () => allNine('card', 'da') };
export const CardEnglish: Story = { name: 'Card: all nine (en)', render: () => allNine('card', 'en') };
export const IconOnlyDanish: Story = { name: 'Icon only: all nine (da)', render: () => allNine('icon-only', 'da') };
export const IconOnlyEnglish: Story = { name: 'Icon only: all nine (en)', render: () => allNine('icon-only', 'en') };

export const OpenWithServiceText: Story = {
  name: 'Open, with what it means on this service',
  tags: ['other-languages'],
  render: () => html`<p lang="da" style="max-inline-size: 40rem">
      Søg om byggetilladelse.
      ${badge({ principle: 'tydelige-forventninger', open: true, serviceText: 'Du får svar inden 8 uger. Vi skriver, hvis det tager længere tid.' })}
    </p>
    <p lang="en" style="max-inline-size: 40rem">
      Apply for a building permit.
      ${badge({ principle: 'tydelige-forventninger', open: true, serviceText: 'You get an answer within 8 weeks. We write to you if it takes longer.' })}
    </p>`,
};

export const OpenIconOnly: Story = {
  name: 'Icon only, open',
  render: () => html`<div lang="da">${badge({ principle: 'haand-om-fejl', variant: 'icon-only', open: true })}</div>`,
};

export const InScrollingContainer: Story = {
  name: 'Inside a narrow scrolling container',
  render: () => html`<div lang="da" style="inline-size: 15rem; block-size: 12rem; overflow: auto; border: 1px solid #6b7079; padding: 0.5rem">
    <p>Tekst før badget, så der er noget at scrolle forbi.</p>
    ${badge({ principle: 'sammenhaeng', open: true })}
    <p>Tekst efter.</p>
  </div>`,
};

export const WiredToFeedbackForm: Story = {
  name: 'Wired to a feedback form',
  render: () => html`<div lang="da" style="display: grid; gap: 1.5rem">
    <p>
      Vores løfte på denne side:
      <klar-principle-badge principle="klar-tale" feedback-for="principle-story-form" open></klar-principle-badge>
    </p>
    <klar-feedback-form id="principle-story-form" no-draft heading-level="2"></klar-feedback-form>
  </div>`,
};

export const CustomSet: Story = {
  name: 'A municipality’s own set',
  tags: ['other-languages'],
  render: () => html`<div style="display: grid; gap: 1rem">
    ${(['da', 'en'] as const).map(
      (lang) => html`<div lang=${lang} style="display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: flex-start">
        ${badge({ set: 'eksempel-kommune', principle: 'svar-til-tiden' })} ${badge({ set: 'eksempel-kommune', principle: 'en-indgang', showTagline: true })}
        <div style="flex: 1 1 18rem">${badge({ set: 'eksempel-kommune', principle: 'svar-til-tiden', variant: 'card' })}</div>
      </div>`,
    )}
  </div>`,
};

export const CopenhagenTrustSet: Story = {
  name: 'Copenhagen: five principles for trust (opt-in)',
  render: () => html`<div lang="da" style="display: flex; flex-wrap: wrap; gap: 0.75rem">
    ${['maal-frem-for-metode', 'frihed-til-at-handle', 'regler-med-mening', 'dialog-og-laering', 'taet-paa-dig'].map(
      (p) => html`<div style="flex: 1 1 18rem">${badge({ set: COPENHAGEN_TRUST_SET, principle: p, variant: 'card' })}</div>`,
    )}
  </div>`,
};

export const LongAndHostileContent: Story = {
  name: 'Long and hostile content',
  render: () => html`<div lang="da" style="inline-size: 18rem; display: grid; gap: 0.75rem">
    ${badge({ set: 'lang-tekst', principle: 'lang', showTagline: true, open: true })} ${badge({ set: 'lang-tekst', principle: 'lang', variant: 'card' })}
  </div>`,
};

export const RightToLeft: Story = {
  name: 'Right-to-left',
  tags: ['other-languages'],
  render: () => html`<div dir="rtl" lang="ar" style="display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: flex-start">
    ${badge({ principle: 'oejenhoejde', open: true })} ${badge({ principle: 'klar-tale', variant: 'icon-only' })}
    <div style="flex: 1 1 18rem">${badge({ principle: 'sammenhaeng', variant: 'card' })}</div>
  </div>`,
};

export const ForcedColors: Story = {
  name: 'Forced colours (Windows High Contrast)',
  render: () => html`<div lang="da" style="display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: flex-start">
    ${badge({ principle: 'tydelige-forventninger', open: true })} ${badge({ principle: 'klar-tale', variant: 'icon-only' })}
    <div style="flex: 1 1 18rem">${badge({ principle: 'udvikling', variant: 'card' })}</div>
  </div>`,
  parameters: {
    docs: {
      description: {
        story:
          'Turn on forced colours in Chrome DevTools (Rendering → Emulate CSS media feature forced-colors: active). Borders, focus outlines and icons stay visible because they use currentColor, CanvasText, Highlight and LinkText.',
      },
    },
  },
};

export const ThemedAtRoot: Story = {
  name: 'Themed with custom properties',
  render: () => html`<div
    lang="da"
    style="--klar-principle-badge-color: #7a1f3d; --klar-principle-badge-background: #f6e9ee; --klar-radius: 0; display: flex; gap: 0.75rem; flex-wrap: wrap"
  >
    ${badge({ principle: 'ressourcer-med-omtanke' })}
    <div style="flex: 1 1 18rem">${badge({ principle: 'ressourcer-med-omtanke', variant: 'card' })}</div>
  </div>`,
};
