/**
 * Reads the `<klar-step>` children of a <klar-expectation-timeline> into a case: a service
 * description (declarative mode). Imported when a timeline has such children (issue 15), not with
 * the timeline: a "Min sag" page, whose timeline gets its case from <klar-case>, never downloads it.
 *
 * It checks nothing itself. The web editor's HTML becomes case JSON, and parseCase, the one way in,
 * checks its dates, links and text exactly as it checks a fetched case. What parseCase cannot read
 * it leaves out (the citizen sees the other steps, and the step without the bad date) and lists in
 * `warnings` by JSON path; here each is told to the editor in their terms: the step and the attribute.
 * Where a warning says a date parseCase kept is not to be trusted (see `doubtful`), the steps are
 * parsed again without it: one typo never blanks the description, nor gives the citizen a wrong date.
 */
import type { Case } from '../core/case-model.js';
import { parseCase } from '../core/parse-case.js';
import { warnOnce } from '../core/warn.js';
import type { KlarExpectationTimeline } from './expectation-timeline.js';

type Obj = Record<string, unknown>;

/** One `<klar-step>` as case JSON, with its title and the attribute its `expected` came from (for warnings). */
interface StepInput {
  input: Obj;
  title: string;
  from?: string;
}

function normalizeText(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** Text for a warning: quoted, escaped and cut short. */
const quote = (s: string): string => JSON.stringify(s.length > 60 ? `${s.slice(0, 60)}…` : s);

/** Reads one `<klar-step>` as case JSON: attributes for state and dates, text for title and description. */
function readStepElement(el: Element): StepInput {
  const label = normalizeText(el.getAttribute('label'));
  const first = el.firstElementChild;
  let title = label;
  let description = '';
  if (!title && first) {
    title = normalizeText(first.textContent);
    description = normalizeText(
      Array.from(el.childNodes)
        .filter((n) => n !== first)
        .map((n) => n.textContent ?? '')
        .join(' '),
    );
  } else if (!title) {
    title = normalizeText(el.textContent);
  } else {
    description = normalizeText(el.textContent);
  }
  const state = el.getAttribute('state') ?? 'upcoming';
  const finished = state === 'done' || state === 'skipped';
  const date = el.getAttribute('date')?.trim();
  const exp = el.getAttribute('expected')?.trim();
  const dur = el.getAttribute('duration')?.trim();
  // When the step is expected: `expected` (a date, a duration 'P2W' or a window 'a/b'), else the
  // `date` of a step not yet done, else its usual `duration`. A done step's `date` is when it was done.
  let expected: unknown;
  let from: string | undefined;
  if (exp) {
    expected = exp;
    from = 'expected';
  } else if (date && !finished) {
    expected = { date };
    from = 'date';
  } else if (dur) {
    expected = { duration: dur };
    from = 'duration';
  }
  return {
    title,
    from,
    input: { id: el.id || undefined, title, description: description || undefined, state, expected, completedAt: finished ? date : undefined },
  };
}

/** A parseCase warning about a step: "steps[1].expected.latest: not a valid date". */
const STEP_WARNING = /^steps\[(\d+)\]\.(\w+)(?:\.(\w+))?: (.*)$/;

/** parseCase's words, with what became of the value when they do not say it. */
const said = (msg: string): string => `${msg}${msg.includes(';') ? '' : '; left out'}.`;

/**
 * A parseCase warning in the editor's terms, naming the step and the attribute:
 * `<klar-step> 2 "Vi tjekker": expected="2026-12-01/2026-12-51" (its end): not a valid date; left out.`
 */
function editorWarning(w: string, t: KlarExpectationTimeline, els: Element[], steps: StepInput[]): string {
  const m = STEP_WARNING.exec(w);
  if (m) {
    const i = Number(m[1]);
    const value = (attr: string) => `${attr}=${quote(els[i].getAttribute(attr) ?? '')}`;
    const step = `<klar-step> ${i + 1}${steps[i].title ? ` ${quote(steps[i].title)}` : ''}`;
    if (m[2] === 'title') return `${step} has no title (no label attribute and no text); it is left out.`;
    if (m[2] === 'state' && steps[i].from === 'date')
      return `${step}: ${value('state')}: ${m[4]}, and its ${value('date')} left out (it may say when the step was done or when it is expected).`;
    const part = m[3] === 'earliest' ? ' (its start)' : m[3] === 'latest' ? ' (its end)' : '';
    return `${step}: ${value(m[2] === 'expected' ? steps[i].from! : m[2] === 'completedAt' ? 'date' : m[2])}${part}: ${said(m[4])}`;
  }
  const p = /^promise\.(processingTime|policyUrl): (.*)$/.exec(w);
  if (p) return `${p[1] === 'policyUrl' ? `policy-url=${quote(t.policyUrl ?? '')}` : `processing-time=${quote(t.processingTime ?? '')}`}: ${said(p[2])}`;
  return w;
}

/**
 * Whether parseCase read a step's `expected` from what no one should trust: the `date` of a step
 * whose state it did not know (shown as upcoming, a done step's date would make it look late).
 * (A window 'a/b' with an end it cannot read parseCase leaves out itself.)
 */
function doubtful(w: string, steps: StepInput[]): number[] {
  const m = STEP_WARNING.exec(w);
  if (!m) return [];
  return m[2] === 'state' && steps[+m[1]].from === 'date' ? [+m[1]] : [];
}

/**
 * The service description the timeline's `<klar-step>` children `els` give, with its heading, usual
 * processing time and policy link, made by parseCase; each problem is one console warning.
 */
export function readService(t: KlarExpectationTimeline, els: Element[]): Case {
  const steps = els.map(readStepElement);
  const input = (without: Set<number>) => ({
    id: t.id || 'service',
    // parseCase wants a title and a status; neither is shown (the heading is the timeline's own).
    title: normalizeText(t.heading) || 'service',
    status: { code: 'service', label: 'service' },
    steps: steps.map((s, i) => (without.has(i) ? { ...s.input, expected: undefined } : s.input)),
    promise: { processingTime: t.processingTime, policyUrl: t.policyUrl },
  });
  const first = parseCase(input(new Set()));
  for (const w of first.warnings) warnOnce(`<klar-expectation-timeline> ${editorWarning(w, t, els, steps)}`);
  // Such a date is no promise (it could make a step look late when it is not): parsed again without it.
  const drop = new Set(first.warnings.flatMap((w) => doubtful(w, steps)));
  return drop.size ? parseCase(input(drop)) : first;
}
