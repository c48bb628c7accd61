import { html, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/klar-feedback-form.js';
import '../src/klar-principle-badge.js';
import type { KlarFeedbackForm } from '../src/klar-feedback-form.js';
import { FEEDBACK_MODES, PII_POLICIES, type FeedbackStatus, type FeedbackValues } from '../src/feedback-form/feedback-form.types.js';
import { apiArgTypes, playgroundStory } from '../.storybook/playground.js';

/**
 * Stories for <klar-feedback-form>. They double as fixtures: test/feedback-form/stories.test.ts
 * renders every story in Danish and English and runs axe on each. The action points at
 * /api/feedback, which exists in the test server; in Storybook a send fails, which is itself
 * a state worth seeing ("Prøv igen", every word kept).
 */

const ACTION = '/api/feedback?t=storybook';

const principle = (name: string, text: string) => ({ docs: { description: { story: `**Principle: ${name}.** ${text}` } } });

const form = (opts: {
  mode?: 'quick' | 'full' | 'report';
  id: string;
  values?: FeedbackValues;
  status?: FeedbackStatus;
  pii?: 'warn' | 'redact' | 'block';
  caseReference?: string;
  after?: (el: KlarFeedbackForm) => void;
}): TemplateResult => html`<klar-feedback-form
  id=${opts.id}
  mode=${opts.mode ?? 'quick'}
  action=${ACTION}
  pii=${opts.pii ?? 'redact'}
  case-reference=${opts.caseReference ?? ''}
  no-draft
  .values=${opts.values ?? {}}
  .status=${opts.status ?? 'idle'}
  ${ref((el) => {
    if (el && opts.after) {
      const f = el as KlarFeedbackForm;
      void f.updateComplete.then(() => opts.after!(f));
    }
  })}
></klar-feedback-form>`;

const meta: Meta = {
  title: 'Elementer/klar-feedback-form',
  component: 'klar-feedback-form',
  argTypes: apiArgTypes('klar-feedback-form'),
  parameters: {
    docs: {
      description: {
        component:
          'Lets citizens tell the municipality what worked and what went wrong: a quick "Fik du hjælp?", a full rating with comments, or "Rapportér en fejl". Serves **Udvikling** (listen to users and their suggestions) and **Hånd om fejl** (handle errors openly and learn from them). Nothing typed is lost (draft in sessionStorage, offline queue, retries with one Idempotency-Key, "Prøv igen" with every word kept) and nothing is leaked (CPR-like numbers are caught and never reach storage, the console, URLs or events).',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Every attribute of the element as a control (sending goes to the test server's endpoint, which Storybook does not have: the failure is a state too). */
export const Playground: Story = playgroundStory('klar-feedback-form', {
  options: { mode: FEEDBACK_MODES, pii: PII_POLICIES, 'heading-level': [2, 3, 4, 5, 6] },
  args: { action: ACTION, 'form-id': 'playground', 'no-draft': true, 'heading-level': 2 },
});

// ——— modes ———

export const QuickEmpty: Story = {
  name: 'Quick: empty',
  render: () => form({ id: 'quick-empty' }),
  parameters: principle('Udvikling', 'One click tells us whether the page helped; the follow-up question differs after Ja and Nej.'),
};

export const QuickAfterNo: Story = {
  name: 'Quick: after "Nej"',
  render: () => form({ id: 'quick-no', after: (el) => (el.shadowRoot ?? el).querySelector<HTMLButtonElement>('[id$="-f-helped-no"]')?.click() }),
};

export const FullEmpty: Story = {
  name: 'Full: empty',
  render: () => form({ id: 'full-empty', mode: 'full' }),
  parameters: principle('Udvikling', 'Ratings have words, not stars alone; contact details are asked for only after the citizen ticks that they want an answer, with the answer time promised.'),
};

export const ReportEmpty: Story = {
  name: 'Report: empty',
  render: () => form({ id: 'report-empty', mode: 'report', caseReference: 'BYG-2026-0417' }),
  parameters: principle('Hånd om fejl', 'Errors are reported openly; the case reference is attached only if the citizen agrees.'),
};

// ——— steps ———

export const Typing: Story = {
  name: 'Typing',
  render: () =>
    form({
      id: 'typing',
      mode: 'full',
      values: { rating: 4, worked: 'Det var nemt at finde ud af, hvad jeg skulle gøre.', improve: 'Skriv gerne, hvornår jeg får svar.', wantsAnswer: true, email: 'anna@example.dk' },
    }),
};

export const CprWarning: Story = {
  name: 'CPR warning',
  render: () => form({ id: 'cpr', mode: 'report', values: { whatWentWrong: 'Jeg kunne ikke logge ind. Mit CPR-nummer er 010203-1234.' } }),
  parameters: principle('Øjenhøjde', 'The warning is inline, before sending, with a one-click remove. With the default pii="redact" the number is masked in the payload.'),
};

export const CprBlocked: Story = {
  name: 'CPR blocked (pii="block")',
  render: () =>
    form({ id: 'cpr-block', mode: 'report', pii: 'block', values: { whatWentWrong: 'Nr 0102031234' }, after: (el) => void el.reportValidity() }),
};

export const ContactInText: Story = {
  name: 'E-mail in free text',
  render: () => form({ id: 'contact-note', mode: 'full', values: { improve: 'Ring til mig på 12 34 56 78' } }),
};

export const Invalid: Story = {
  name: 'Invalid',
  render: () => form({ id: 'invalid', mode: 'report', after: (el) => void el.reportValidity() }),
};

export const InvalidContact: Story = {
  name: 'Invalid contact details',
  render: () => form({ id: 'invalid-contact', mode: 'full', values: { rating: 2, wantsAnswer: true, email: 'anna@', phone: '12' }, after: (el) => void el.reportValidity() }),
};

export const Sending: Story = {
  name: 'Sending',
  // The form stays in this state: the accessibility sweep does not wait for it to end.
  tags: ['busy-on-purpose'],
  render: () => form({ id: 'sending', mode: 'report', values: { whatWentWrong: 'Siden frøs, da jeg trykkede på Send.' }, status: 'sending' }),
};

export const Offline: Story = {
  name: 'Offline',
  render: () => form({ id: 'offline', values: { helped: 'no', comment: 'Jeg kunne ikke finde åbningstiderne.' }, status: 'offline' }),
};

export const Retrying: Story = {
  name: 'Retrying',
  // The form stays in this state: the accessibility sweep does not wait for it to end.
  tags: ['busy-on-purpose'],
  render: () => form({ id: 'retrying', mode: 'full', values: { rating: 3, improve: 'Kortere tekster' }, status: 'retrying' }),
};

export const FailedWithRetry: Story = {
  name: 'Failed, with "Prøv igen"',
  render: () => form({ id: 'failed', mode: 'report', values: { whatWentWrong: 'Betalingen gik ikke igennem.', where: 'Betalingssiden' }, status: 'failed' }),
  parameters: principle('Hånd om fejl', 'When sending fails, the form says so plainly, says it is not the citizen’s fault, and keeps every word.'),
};

export const Sent: Story = {
  name: 'Sent',
  render: () => form({ id: 'sent', mode: 'full', values: { rating: 5 }, after: (el) => void el.showSent('KF-2026-1042') }),
};

// ——— wiring, languages, layout ———

export const WiredToPrincipleBadge: Story = {
  name: 'Wired to a principle badge',
  render: () => html`<div style="display: grid; gap: 1.5rem">
    <klar-principle-badge principle="tydelige-forventninger" open feedback-for="badge-form"></klar-principle-badge>
    ${form({ id: 'badge-form' })}
  </div>`,
  parameters: principle(
    'Tydelige forventninger',
    '"Lever vi op til det?" on the badge fires the cancelable `klar-principle-feedback` event; unless the page cancels it, the form named by `feedback-for` (or the nearest one) switches to full mode, selects the principle, scrolls into view and focuses the question.',
  ),
};

export const BothLanguages: Story = {
  name: 'Both languages',
  render: () => html`<div style="display: grid; gap: 2rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr))">
    <div lang="da">${form({ id: 'lang-da', mode: 'full' })}</div>
    <div lang="en">${form({ id: 'lang-en', mode: 'full' })}</div>
  </div>`,
};

export const EnglishReport: Story = {
  name: 'English: report a problem',
  render: () => html`<div lang="en">${form({ id: 'en-report', mode: 'report', caseReference: 'BYG-2026-0417' })}</div>`,
};

export const NarrowContainer: Story = {
  name: 'Narrow container',
  render: () => html`<div style="inline-size: 280px; border: 1px dashed #6b7079; padding: 0.25rem">${form({ id: 'narrow', mode: 'full', values: { wantsAnswer: true } })}</div>`,
};

export const RightToLeft: Story = {
  name: 'Right-to-left',
  render: () => html`<div dir="rtl">${form({ id: 'rtl', mode: 'full' })}</div>`,
};

export const CustomTexts: Story = {
  name: 'Custom texts and slots',
  render: () => html`<klar-feedback-form
    id="custom"
    action=${ACTION}
    no-draft
    .texts=${{ 'feedback.helped': 'Var denne side nyttig?', 'feedback.comment.no': 'Hvad kan vi gøre bedre på siden? (valgfrit)' }}
  >
    <span slot="heading">Din mening om siden</span>
  </klar-feedback-form>`,
};

export const ForcedColors: Story = {
  name: 'Forced colours (Windows High Contrast)',
  render: () => form({ id: 'forced', mode: 'report', values: { whatWentWrong: 'Nr 010203-1234' }, after: (el) => void el.reportValidity() }),
  parameters: {
    docs: { description: { story: 'Turn on forced colours (Windows High Contrast, or DevTools › Rendering › Emulate forced-colors) to check: buttons keep their borders, errors their icons and "Fejl:" text, focus its outline.' } },
  },
};
