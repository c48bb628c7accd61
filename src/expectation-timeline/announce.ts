/**
 * What <klar-expectation-timeline> says in its live region when a refresh changes the case: a
 * step's new state or new date, a decision. Imported the first time a refresh brings news
 * (issue 15), not with the timeline. The timeline's own members are reached as `this['name']`,
 * TypeScript's checked access to a class's private members, as in the feedback form's sending code.
 */
import { html, type TemplateResult } from 'lit';
import type { Case, Step } from '../core/case-model.js';
import type { CaseSchedule } from '../core/schedule.js';
import type { KlarExpectationTimeline } from './expectation-timeline.js';

/** What the announcement compares: a step's state and the dates it came with, not the clock. */
function signature(s: Step, c: Case): string {
  const delay = c.delays.filter((d) => d.stepId === s.id).map((d) => d.newDate).join(',');
  const e = s.expected;
  const exp = !e ? '' : e.kind === 'date' ? e.date : e.kind === 'window' ? `${e.earliest}/${e.latest}` : e.duration;
  return `${s.state}|${s.completedAt ?? ''}|${exp}|${delay}`;
}

/**
 * The words for what changed from `prev` to `c` (the same case, refreshed), `sched` being the
 * refreshed case's schedule; empty when nothing a citizen would want told changed. More than
 * three changed steps are counted, with the first news.
 */
export function announcement(this: KlarExpectationTimeline, prev: Case, c: Case, sched: CaseSchedule | undefined): TemplateResult | undefined {
  const l10n = this['l10n'];
  // The case's words (a step's title, the outcome) in the case's language, as on screen (WCAG 3.1.2).
  const tc = (key: string, caseValues: Record<string, string>, params?: Record<string, string>) => this['tc'](key, caseValues, params);
  const before = new Map(prev.steps.map((s) => [s.id, signature(s, prev)]));
  const messages: (TemplateResult | string)[] = [];
  let changed = 0;
  for (const s of c.steps) {
    const was = before.get(s.id);
    if (was === undefined || was === signature(s, c)) continue;
    const [oldState] = was.split('|');
    if (oldState !== s.state) {
      messages.push(tc('timeline.announce.state', { title: s.title }, { state: l10n.t(`state.${s.state}`) }));
    } else {
      const when = sched?.steps.find((x) => x.step.id === s.id)?.expected;
      if (!when) continue;
      messages.push(tc('timeline.announce.date', { title: s.title }, { date: this.formatWhen(when) }));
    }
    changed++;
  }
  if (c.decision && !prev.decision) messages.unshift(tc('timeline.announce.decision', { outcome: c.decision.outcome.replace(/[.!?]+$/, '') }));
  const said = changed > 3 ? [l10n.t('timeline.announce.many', { count: changed }), messages[0]] : messages;
  return said.length ? html`${said.map((m, i) => (i ? html` ${m}` : m))}` : undefined;
}
