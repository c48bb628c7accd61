// Svelte: svelteHTML.IntrinsicElements from types/svelte.d.ts, checked as svelte-check checks
// `<klar-feedback-form mode="quick" onklar-feedback-sent={…}>` (Svelte 5) or `on:klar-…` (Svelte 4).
import type {} from 'klar-elements/types/svelte';

type Attrs<Tag extends keyof svelteHTML.IntrinsicElements> = svelteHTML.IntrinsicElements[Tag];

export const form: Attrs<'klar-feedback-form'> = {
  mode: 'full',
  'heading-level': 3,
  class: 'feedback',
  'onklar-feedback-sent': (e) => e.detail.receipt,
  'on:klar-feedback-error': (e) => e.detail.reason,
};
export const badge: Attrs<'klar-principle-badge'> = { principle: 'klar-tale', 'show-tagline': true };
// @ts-expect-error: not a mode of the feedback form
export const wrongMode: Attrs<'klar-feedback-form'> = { mode: 'long' };
// @ts-expect-error: the error event's detail has no receipt
export const wrongEvent: Attrs<'klar-feedback-form'> = { 'onklar-feedback-error': (e) => e.detail.receipt };
