/**
 * Reads the `<klar-step>` children of a <klar-expectation-timeline> into a case: a service
 * description (declarative mode). Imported when a timeline has such children (issue 15), not with
 * the timeline: a "Min sag" page, whose timeline gets its case from <klar-case>, never downloads it.
 */
import { STEP_STATES, type Case, type Expected, type Step, type StepState } from '../core/case-model.js';
import { normalizeDate, parseDuration } from '../core/dates.js';
import { safeUrl } from '../core/safe-url.js';
import type { KlarExpectationTimeline } from './expectation-timeline.js';

function normalizeText(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

/** Reads one `<klar-step>` into a Step: attributes for state and dates, text for title and description. */
function readStepElement(el: Element, index: number): Step | undefined {
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
  if (!title) return undefined;
  const rawState = el.getAttribute('state') ?? 'upcoming';
  const stepState = (STEP_STATES as readonly string[]).includes(rawState) ? (rawState as StepState) : 'upcoming';
  const step: Step = { id: el.id || `step-${index + 1}`, title, state: stepState };
  if (description) step.description = description;
  const date = normalizeDate(el.getAttribute('date'));
  if (date && (stepState === 'done' || stepState === 'skipped')) step.completedAt = date;
  let expected: Expected | undefined;
  const exp = el.getAttribute('expected')?.trim();
  if (exp) {
    const [a, b] = exp.split('/');
    if (/^P/i.test(exp) && parseDuration(exp)) expected = { kind: 'duration', duration: exp.toUpperCase() };
    else if (b !== undefined) {
      const ea = normalizeDate(a);
      const eb = normalizeDate(b);
      if (ea && eb) expected = { kind: 'window', earliest: ea, latest: eb };
    } else {
      const e = normalizeDate(exp);
      if (e) expected = { kind: 'date', date: e };
    }
  }
  if (!expected && date && !step.completedAt) expected = { kind: 'date', date };
  const dur = el.getAttribute('duration')?.trim();
  if (!expected && dur && parseDuration(dur)) expected = { kind: 'duration', duration: dur.toUpperCase() };
  if (expected) step.expected = expected;
  return step;
}

/** The service description the timeline's `<klar-step>` children `els` give, with its heading, usual processing time and policy link. */
export function readService(t: KlarExpectationTimeline, els: Element[]): Case {
  const steps = els.map((el, i) => readStepElement(el, i)).filter((s): s is Step => !!s);
  const c: Case = {
    id: t.id || 'service',
    title: t.heading ?? '',
    status: { code: 'service', label: '' },
    steps,
    delays: [],
    suspensions: [],
    handoffs: [],
    warnings: [],
  };
  const pt = t.processingTime && parseDuration(t.processingTime) ? t.processingTime.toUpperCase() : undefined;
  const url = safeUrl(t.policyUrl);
  if (pt || url) {
    c.promise = {};
    if (pt) c.promise.processingTime = pt;
    if (url) c.promise.policyUrl = url;
  }
  return c;
}
