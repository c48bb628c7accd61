import { root } from '../helpers/root.js';
import { fixtureSync, html } from '@open-wc/testing';
import { nothing } from 'lit';
import '../../src/klar-expectation-timeline.js';
import type { KlarExpectationTimeline } from '../../src/klar-expectation-timeline.js';
import { parseCase } from '../../src/core/parse-case.js';
import type { Case } from '../../src/core/case-model.js';

export type Timeline = KlarExpectationTimeline;

/** Builds a parsed case from a few fields; the rest gets sensible defaults. */
export function mkCase(fields: Record<string, unknown>): Case {
  return parseCase({
    id: 'T-1',
    title: 'Testsag',
    status: { code: 'x', label: 'Under behandling' },
    ...fields,
  });
}

export async function mount(
  c: Case | undefined,
  { lang = 'da', now = '2026-11-24T10:00:00Z', attrs = {} as Record<string, string> } = {},
): Promise<Timeline> {
  const wrap = fixtureSync<HTMLDivElement>(
    html`<div lang=${lang}><klar-expectation-timeline .case=${c} now=${now || nothing}></klar-expectation-timeline></div>`,
  );
  const el = wrap.querySelector('klar-expectation-timeline')!;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  await el.updateComplete;
  return el;
}

/** The text a person reads in a node, whitespace collapsed. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function $(el: Timeline, sel: string): HTMLElement | null {
  return root(el).querySelector(sel);
}

export function $$(el: Timeline, sel: string): HTMLElement[] {
  return Array.from(root(el).querySelectorAll(sel));
}

export function stepItems(el: Timeline): HTMLLIElement[] {
  return $$(el, 'ol > li') as HTMLLIElement[];
}

export function stepById(el: Timeline, id: string): HTMLLIElement | undefined {
  return stepItems(el).find((li) => li.dataset.stepId === id);
}

export const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

