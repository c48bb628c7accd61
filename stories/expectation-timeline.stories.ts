import { html, type TemplateResult } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/klar-case.js';
import '../src/klar-expectation-timeline.js';
import { parseCase } from '../src/core/parse-case.js';
import { apiArgTypes, playgroundStory } from '../.storybook/playground.js';
import type { Case } from '../src/core/case-model.js';

/**
 * Stories for <klar-expectation-timeline>. They double as fixtures: the tests render every
 * story in Danish and English and run axe on each. The `examples` are real case documents
 * (run through parseCase), all read at the same fixed `now`, so dates never drift.
 */

/** The moment all stories are read at: 24 November 2026, 11:00 in Copenhagen. */
export const NOW = '2026-11-24T10:00:00Z';

const promise = {
  processingTime: 'P8W',
  plannedDate: '2027-01-12',
  legalDeadline: '2027-03-20',
  policyUrl: 'https://kommune.example/servicemaal/byggesager',
};

const base = {
  id: 'BYG-2026-0417',
  reference: 'BYG-2026-0417',
  title: 'Byggetilladelse til carport, Vestergade 12',
  service: 'Byggesager',
  receivedAt: '2026-11-02',
  status: { code: 'in-progress', label: 'Under behandling' },
  promise,
};

const owner = { department: 'Byggeri og Miljø' };

function steps(states: string[], extra: Record<number, object> = {}): object[] {
  const defs = [
    { id: 'received', title: 'Vi har modtaget din ansøgning', completedAt: '2026-11-02' },
    { id: 'complete', title: 'Vi tjekker, at ansøgningen er fuldstændig', completedAt: '2026-11-09', description: 'Vi ser, om alle tegninger og oplysninger er med.' },
    {
      id: 'review',
      title: 'Vi vurderer projektet',
      expected: { earliest: '2026-12-01', latest: '2026-12-15' },
      description: 'En sagsbehandler vurderer projektet efter lokalplanen og bygningsreglementet.',
      owner,
    },
    { id: 'neighbours', title: 'Naboerne får mulighed for at sige deres mening', expected: 'P2W', description: 'Kun hvis projektet afviger fra reglerne.' },
    { id: 'decision', title: 'Du får vores afgørelse', expected: '2027-01-12' },
  ];
  return defs.map((d, i) => ({ ...d, state: states[i], ...(extra[i] ?? {}) }));
}

const raw = {
  newCase: {
    ...base,
    receivedAt: '2026-11-23',
    status: { code: 'received', label: 'Modtaget' },
    steps: steps(['done', 'upcoming', 'upcoming', 'upcoming', 'upcoming'], {
      0: { completedAt: '2026-11-23' },
      1: { completedAt: undefined, expected: '2026-11-30' },
    }),
  },
  inProgress: {
    ...base,
    steps: steps(['done', 'done', 'current', 'upcoming', 'upcoming']),
  },
  waitingForCitizen: {
    ...base,
    status: { code: 'waiting', label: 'Venter på dig' },
    steps: steps(['done', 'done', 'current', 'upcoming', 'upcoming'], {
      2: { citizenAction: { text: 'Indsend tegninger af carporten', dueDate: '2026-12-04', url: 'https://kommune.example/upload?sag=BYG-2026-0417' } },
    }),
    suspensions: [
      {
        reason: 'Vi mangler tegninger af carporten set fra siden.',
        from: '2026-11-03',
        waitingFor: 'citizen',
        citizenAction: { text: 'Indsend tegninger af carporten', dueDate: '2026-12-04', url: 'https://kommune.example/upload?sag=BYG-2026-0417' },
      },
    ],
  },
  delayed: {
    ...base,
    steps: steps(['done', 'done', 'current', 'upcoming', 'upcoming'], { 2: { expected: '2026-11-20' } }),
    delays: [
      {
        stepId: 'review',
        reason: 'Vi har fået mange byggesager på én gang efter sommeren.',
        previousDate: '2026-11-20',
        newDate: '2026-12-10',
        announcedAt: '2026-11-16',
      },
      {
        reason: 'Vurderingen tager længere tid end planlagt.',
        previousDate: '2027-01-12',
        newDate: '2027-01-26',
        announcedAt: '2026-11-16',
      },
    ],
  },
  overdue: {
    ...base,
    steps: steps(['done', 'done', 'current', 'upcoming', 'upcoming'], { 2: { expected: '2026-11-17' } }),
  },
  decided: {
    ...base,
    status: { code: 'decided', label: 'Afgjort' },
    steps: steps(['done', 'done', 'done', 'skipped', 'done'], {
      2: { completedAt: '2026-12-08' },
      4: { completedAt: '2026-12-15' },
    }),
    decision: {
      outcome: 'Du har fået byggetilladelse.',
      decidedAt: '2026-12-15',
      summary: 'Du må bygge carporten som vist på dine tegninger. Byggeriet skal være færdigt inden for to år.',
      documentUrl: 'https://kommune.example/dokumenter/BYG-2026-0417-afgoerelse.pdf',
      appeal: {
        deadline: '2027-01-12',
        body: 'Byggeklageenheden',
        url: 'https://naevneneshus.dk/start-din-klage/byggeklageenheden/',
        howTo: 'Du klager digitalt gennem Klageportalen. Klagen sendes til kommunen, som sender den videre.',
      },
    },
  },
  stopped: {
    ...base,
    status: { code: 'blocked', label: 'Stoppet' },
    steps: steps(['done', 'done', 'blocked', 'upcoming', 'upcoming'], {
      2: { description: 'Sagen er stoppet, fordi grunden er omfattet af en ny lokalplan, som endnu ikke er vedtaget.' },
    }),
  },
  long: {
    ...base,
    title: 'Støtte til boligindretning',
    receivedAt: '2026-01-05',
    promise: { processingTime: 'P52W' },
    steps: Array.from({ length: 40 }, (_, i) => ({
      id: `s${i + 1}`,
      title: `Trin ${i + 1}: ${['Vi taler med dig', 'Vi indhenter oplysninger', 'Vi vurderer', 'Vi giver besked'][i % 4]}`,
      state: i < 30 ? 'done' : i === 30 ? 'current' : 'upcoming',
      ...(i < 30
        ? { completedAt: `2026-${String(1 + Math.floor(i / 3)).padStart(2, '0')}-${String(5 + (i % 3) * 7).padStart(2, '0')}` }
        : { expected: `2026-12-${String(1 + (i - 30) * 2).padStart(2, '0')}` }),
    })),
  },
};

/** Example cases as parsed Case objects, keyed by story. */
export const examples: Record<keyof typeof raw, Case> = Object.fromEntries(
  Object.entries(raw).map(([k, v]) => [k, parseCase(v)]),
) as Record<keyof typeof raw, Case>;

const timeline = (c: Case, now = NOW): TemplateResult =>
  html`<klar-expectation-timeline .case=${c} now=${now}></klar-expectation-timeline>`;

const principle = (name: string, text: string) => ({ docs: { description: { story: `**Principle: ${name}.** ${text}` } } });

const meta: Meta = {
  title: 'Elementer/klar-expectation-timeline',
  component: 'klar-expectation-timeline',
  excludeStories: ['examples', 'NOW', 'storyTemplates'],
  argTypes: apiArgTypes('klar-expectation-timeline'),
  parameters: {
    docs: {
      description: {
        component:
          'Tells a citizen what will happen in their case, and when. Serves **Tydelige forventninger** (clear expectations): every step has a date or a window, delays and waiting are said plainly with the new date, lateness is admitted, and what the citizen must do stands out. Decisions come with the right to appeal (**Ydmyghed**).',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

/** Every attribute of the element, and its `case` property (a case document), as controls. */
export const Playground: Story = playgroundStory('klar-expectation-timeline', {
  options: { 'heading-level': [2, 3, 4, 5, 6] },
  properties: ['case'],
  args: { case: raw.delayed, now: NOW, 'heading-level': 2 },
});

/** What the "All states" page calls each example, in the toolbar's language (never the sample's key). */
const stateNames: Record<'da' | 'en', Record<keyof typeof raw | 'loading' | 'error' | 'empty' | 'unset', string>> = {
  da: {
    newCase: 'Ny sag',
    inProgress: 'Under behandling',
    waitingForCitizen: 'Venter på borgeren',
    delayed: 'Forsinket',
    overdue: 'Over tiden uden besked',
    decided: 'Afgjort',
    stopped: 'Stoppet',
    long: 'Lang sag (40 trin)',
    loading: 'Henter (inde i <klar-case>, mens sagen er på vej)',
    error: 'Fejl (sagens data kan ikke læses)',
    empty: 'Tom (en sag uden trin endnu)',
    unset: 'Ikke sat op (ingen sag, ingen <klar-case>, ingen <klar-step>): "Henter …" i 8 sekunder, så "Siden er ikke sat rigtigt op"',
  },
  en: {
    newCase: 'New case',
    inProgress: 'In progress',
    waitingForCitizen: 'Waiting for the citizen',
    delayed: 'Delayed',
    overdue: 'Overdue without notice',
    decided: 'Decided',
    stopped: 'Stopped',
    long: 'Long case (40 steps)',
    loading: 'Loading (inside a <klar-case>, while the case is on its way)',
    error: 'Error (case data that cannot be read)',
    empty: 'Empty (a case with no steps yet)',
    unset: 'Not set up (no case, no <klar-case>, no <klar-step>): "Getting the details …" for 8 seconds, then "This page is not set up correctly"',
  },
};

export const NewCase: Story = {
  name: 'New case',
  render: () => timeline(examples.newCase),
  parameters: principle('Tydelige forventninger', 'From day one the citizen sees every step, when each is expected, and the service promise with its three distinct dates.'),
};

export const InProgress: Story = {
  name: 'In progress',
  render: () => timeline(examples.inProgress),
  parameters: principle('Tydelige forventninger', 'The current step is marked (aria-current="step") and shows its expected window and how far away it is.'),
};

export const WaitingForCitizen: Story = {
  name: 'Waiting for citizen',
  render: () => timeline(examples.waitingForCitizen),
  parameters: principle('Tydelige forventninger', 'While the case waits for the citizen the clock is paused, the dates move by the time waited, and what to send is at the top.'),
};

export const Delayed: Story = {
  name: 'Delayed',
  render: () => timeline(examples.delayed),
  parameters: principle('Tydelige forventninger', 'A delay is shown at the step it touches: the new date, the old one, the reason and when it was announced.'),
};

export const OverdueWithoutNotice: Story = {
  name: 'Overdue without notice',
  render: () => timeline(examples.overdue),
  parameters: principle('Hånd om fejl', 'When a date has passed and nobody announced a delay, the timeline says so plainly instead of keeping silent.'),
};

export const FinishedWithDecision: Story = {
  name: 'Finished with decision',
  render: () => timeline(examples.decided, '2026-12-16T10:00:00Z'),
  parameters: principle('Ydmyghed', 'The decision comes with the right to appeal, its deadline, where to send it, and a calendar file for the deadline.'),
};

export const Stopped: Story = {
  name: 'Stopped',
  render: () => timeline(examples.stopped),
  parameters: principle('Tydelige forventninger', 'A stopped (blocked) step says so in words and icon, never by colour alone.'),
};

export const LongCase: Story = {
  name: 'Long case',
  render: () => timeline(examples.long),
  parameters: principle('Øjenhøjde', 'Forty steps: the earlier ones fold behind a button so the current step is in view.'),
};

export const DeclarativeServiceDescription: Story = {
  name: 'Declarative service description',
  render: () => html`<klar-expectation-timeline heading="Sådan foregår en byggesag" processing-time="P8W" policy-url="https://kommune.example/servicemaal">
    <ol>
      <li><klar-step duration="P1W"><strong>Du søger om byggetilladelse</strong> Du søger digitalt på Byg og Miljø.</klar-step></li>
      <li><klar-step duration="P1W"><strong>Vi tjekker, at ansøgningen er fuldstændig</strong> Mangler der noget, skriver vi til dig.</klar-step></li>
      <li><klar-step duration="P4W"><strong>Vi vurderer projektet</strong> Vi ser på lokalplanen og bygningsreglementet.</klar-step></li>
      <li><klar-step duration="P2W"><strong>Du får vores afgørelse</strong> Afgørelsen fortæller også, hvordan du kan klage.</klar-step></li>
    </ol>
  </klar-expectation-timeline>`,
  parameters: principle('Tydelige forventninger', 'A service page says how such a case usually goes. The steps are ordinary page text inside an <ol>: readable before JavaScript runs and without it.'),
};

export const NarrowContainer: Story = {
  name: 'Narrow container',
  render: () => html`<div style="inline-size: 280px; border: 1px dashed #6b7079; padding: 0.5rem">${timeline(examples.waitingForCitizen)}</div>`,
  parameters: principle('Øjenhøjde', 'In a 280 px sidebar the layout is compact; it follows its container, not the viewport.'),
};

export const BothLanguages: Story = {
  name: 'Both languages',
  render: () => html`<div style="display: grid; gap: 2rem; grid-template-columns: repeat(auto-fit, minmax(min(20rem, 100%), 1fr))">
    <div lang="da">${timeline(examples.delayed)}</div>
    <div lang="en">${timeline(examples.delayed)}</div>
  </div>`,
  parameters: principle('Klar tale', 'The same case in Danish and English; every text comes from the catalogs.'),
};

export const RightToLeft: Story = {
  name: 'Right-to-left',
  render: () => html`<div dir="rtl">${timeline(examples.inProgress)}</div>`,
  parameters: principle('Øjenhøjde', 'Logical properties mirror the layout for right-to-left languages.'),
};

export const ForcedColors: Story = {
  name: 'Forced colours (Windows High Contrast)',
  render: () => timeline(examples.overdue),
  parameters: {
    ...principle('Øjenhøjde', 'In forced-colors mode (Windows contrast themes) markers, borders and focus use system colours; states are words and icons. Try it with DevTools → Rendering → "Emulate CSS media feature forced-colors: active".'),
    chromatic: { forcedColors: 'active' },
  },
};

export const HostileAndLongText: Story = {
  name: 'Hostile and long text',
  render: () =>
    timeline(
      parseCase({
        id: 'X-1',
        title: '<img src=x onerror=alert(1)>',
        status: 'Under behandling',
        steps: [
          { id: 'a', title: '<img src=x onerror=alert(1)>', description: '<script>alert(1)</script>', state: 'done', completedAt: '2026-11-02' },
          {
            id: 'b',
            title: 'Ejendomsværdiomberegningsgrundlagsdokumentationsindsamlingsprocessen for Vestergade 12, 1. sal tv.',
            description: 'Et meget langt ord skal brydes, ikke skubbe siden ud til siden: Byggesagsbehandlingstidsforlængelsesmeddelelse.',
            state: 'current',
            expected: '2026-12-01',
            citizenAction: { text: '"><svg onload=alert(1)>', dueDate: '2026-12-04', url: 'javascript:alert(1)' },
          },
        ],
      }),
    ),
  parameters: principle('Hånd om fejl', 'Markup in case data is shown as text, never run; unsafe links are dropped; very long words wrap instead of scrolling sideways.'),
};

export const AllStates: Story = {
  name: 'All states',
  render: (_args, ctx) => {
    const names = stateNames[(ctx as { globals?: { lang?: string } }).globals?.lang === 'en' ? 'en' : 'da'];
    return html`<div style="display: grid; gap: 3rem">
    ${(Object.entries(examples) as [keyof typeof raw, Case][]).map(
      ([key, c]) => html`<section aria-labelledby="all-states-${key}">
        <h2 id="all-states-${key}" class="klar-story-label">${names[key]}</h2>
        <klar-expectation-timeline .case=${c} now=${key === 'decided' ? '2026-12-16T10:00:00Z' : NOW} heading-level="3"></klar-expectation-timeline>
      </section>`,
    )}
    <section aria-labelledby="all-states-loading"><h2 id="all-states-loading" class="klar-story-label">${names.loading}</h2><klar-case src="fixtures/klar/in-progress.json" .parser=${() => new Promise<never>(() => undefined)}><klar-expectation-timeline heading-level="3"></klar-expectation-timeline></klar-case></section>
    <section aria-labelledby="all-states-error"><h2 id="all-states-error" class="klar-story-label">${names.error}</h2><klar-expectation-timeline .case=${{ nonsense: true }} heading-level="3"></klar-expectation-timeline></section>
    <section aria-labelledby="all-states-empty"><h2 id="all-states-empty" class="klar-story-label">${names.empty}</h2><klar-expectation-timeline .case=${{ id: 'tom', title: 'Ansøgning', status: 'Modtaget', steps: [] }} heading-level="3"></klar-expectation-timeline></section>
    <section aria-labelledby="all-states-unset"><h2 id="all-states-unset" class="klar-story-label">${names.unset}</h2><klar-expectation-timeline heading-level="3"></klar-expectation-timeline></section>
  </div>`;
  },
  parameters: principle('Tydelige forventninger', 'Every state on one page, for designers: new, in progress, waiting, delayed, overdue, decided, stopped, long, loading, error, empty and not set up.'),
};
