// Vue: GlobalComponents from types/vue.d.ts, checked as volar checks a template
// (`<klar-feedback-form mode="quick" @klar-feedback-sent="…">` becomes these props).
import type {} from 'klar-elements/types/vue';
import type { GlobalComponents } from 'vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const form: Props<'klar-feedback-form'> = {
  mode: 'quick',
  action: '/api/feedback',
  headingLevel: 3,
  onKlarFeedbackSent: (e) => e.detail.receipt,
};
export const timeline: Props<'klar-expectation-timeline'> = { foldAfter: 2, onKlarTimelineToggle: (e) => e.detail.expanded };
// @ts-expect-error: not a variant of <klar-case-status>
export const status: Props<'klar-case-status'> = { variant: 'huge' };
// @ts-expect-error: the sent event's detail has no payload
export const wrongEvent: Props<'klar-feedback-form'> = { onKlarFeedbackSent: (e) => e.detail.payload };
