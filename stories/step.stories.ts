import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/klar-expectation-timeline.js';
import '../src/klar-step.js';
import { STEP_STATES } from '../src/core/case-model.js';
import { apiArgTypes, playgroundStory } from '../.storybook/playground.js';

/**
 * <klar-step>: one step of a service description ("Sådan foregår en byggesag"), written as
 * ordinary page text inside a `<klar-expectation-timeline>`. It renders nothing itself, so the
 * Playground shows the step it controls as the middle one of three in a timeline.
 *
 * Principle: Tydelige forventninger — a service page says how such a case usually goes.
 */

const meta: Meta = {
  title: 'Elementer/klar-step',
  component: 'klar-step',
  argTypes: apiArgTypes('klar-step'),
};
export default meta;
type Story = StoryObj;

const li = (child: Node) => {
  const item = document.createElement('li');
  item.append(child);
  return item;
};
const fixedStep = (title: string, text: string, attrs: Record<string, string>) => {
  const step = document.createElement('klar-step');
  for (const [k, v] of Object.entries(attrs)) step.setAttribute(k, v);
  const strong = document.createElement('strong');
  strong.textContent = title;
  step.append(strong, ` ${text}`);
  return step;
};

/** Every attribute of the middle step as a control. */
export const Playground: Story = playgroundStory('klar-step', {
  options: { state: STEP_STATES },
  args: { state: 'current', duration: 'P4W' },
  children: () => {
    const strong = document.createElement('strong');
    strong.textContent = 'Vi vurderer projektet';
    return [strong, document.createTextNode(' Vi ser på lokalplanen og bygningsreglementet.')];
  },
  around: (step) => {
    const timeline = document.createElement('klar-expectation-timeline');
    timeline.setAttribute('heading', 'Sådan foregår en byggesag');
    timeline.setAttribute('now', '2026-11-24T10:00:00Z');
    const ol = document.createElement('ol');
    ol.append(
      li(fixedStep('Du søger om byggetilladelse', 'Du søger digitalt på Byg og Miljø.', { state: 'done', duration: 'P1W' })),
      li(step),
      li(fixedStep('Du får vores afgørelse', 'Afgørelsen siger også, hvordan du kan klage.', { duration: 'P2W' })),
    );
    timeline.append(ol);
    return timeline;
  },
});

/** The usual way: steps with a duration, no dates; the page says how such a case goes. */
export const ServiceDescription: Story = {
  name: 'Service description',
  render: () => html`<klar-expectation-timeline heading="Sådan foregår en byggesag" processing-time="P8W">
    <ol>
      <li><klar-step duration="P1W"><strong>Du søger om byggetilladelse</strong> Du søger digitalt på Byg og Miljø.</klar-step></li>
      <li><klar-step duration="P1W"><strong>Vi tjekker, at ansøgningen er fuldstændig</strong> Mangler der noget, skriver vi til dig.</klar-step></li>
      <li><klar-step duration="P4W"><strong>Vi vurderer projektet</strong> Vi ser på lokalplanen og bygningsreglementet.</klar-step></li>
      <li><klar-step duration="P2W"><strong>Du får vores afgørelse</strong> Afgørelsen siger også, hvordan du kan klage.</klar-step></li>
    </ol>
  </klar-expectation-timeline>`,
};
