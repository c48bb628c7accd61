import { svg } from 'lit/html.js';
import { registerPrinciples } from '../registry.js';
import type { PrincipleSetInput } from '../types.js';
import { copenhagenTrustTexts } from '../../../translations/principles-copenhagen-trust.js';

/** The name of the opt-in Copenhagen set: `<klar-principle-badge set="koebenhavn-tillid" …>`. */
export const COPENHAGEN_TRUST_SET = 'koebenhavn-tillid';

/**
 * The five principles for trust of Copenhagen's Social Services Administration
 * (Tillidsreformen, Socialforvaltningen), retold for citizens in plain words (texts in
 * src/translations/principles-copenhagen-trust.ts).
 *
 * It is a separate module (`klar-elements/principle-sets/copenhagen-trust.js`) so pages that do
 * not use it do not download it. Nothing is registered on import (bundlers may drop
 * side-effect-only imports); call `registerCopenhagenTrustPrinciples()` or
 * `registerPrinciples(COPENHAGEN_TRUST_SET, copenhagenTrustPrinciples)`.
 */
export const copenhagenTrustPrinciples: PrincipleSetInput = {
  'maal-frem-for-metode': {
    // A target: we steer by the result for you.
    icon: svg`<circle cx="12" cy="12" r="9"/><circle cx="12" cy="12" r="5"/><circle cx="12" cy="12" r="1.2" fill="currentColor"/>`,
    texts: copenhagenTrustTexts['maal-frem-for-metode'],
  },
  'frihed-til-at-handle': {
    // An open door: room to act where you are.
    icon: svg`<path d="M4 20.5h16M6 20.5V4h9v16.5"/><path d="M15 4l3 1.5v15"/><path d="M12 12.5v.5"/>`,
    texts: copenhagenTrustTexts['frihed-til-at-handle'],
  },
  'regler-med-mening': {
    // A form with one tick: only the paperwork that matters.
    icon: svg`<path d="M6 3.5h12v17H6z"/><path d="m9 12 2 2 4-4.5M9 17h6"/>`,
    texts: copenhagenTrustTexts['regler-med-mening'],
  },
  'dialog-og-laering': {
    // Two speech bubbles: talking with you, not at you.
    icon: svg`<path d="M3.5 4.5h11v7.5h-6l-3.5 3v-3H3.5z"/><path d="M17.5 8.5h3v8h-1.5v3l-3.5-3h-5V15"/>`,
    texts: copenhagenTrustTexts['dialog-og-laering'],
  },
  'taet-paa-dig': {
    // A pin on a map: decisions made close to where you are.
    icon: svg`<path d="M12 21s-6.5-6-6.5-11a6.5 6.5 0 0 1 13 0c0 5-6.5 11-6.5 11z"/><circle cx="12" cy="10" r="2.5"/>`,
    texts: copenhagenTrustTexts['taet-paa-dig'],
  },
};

/** Registers the Copenhagen trust set under `COPENHAGEN_TRUST_SET`. */
export function registerCopenhagenTrustPrinciples(): void {
  registerPrinciples(COPENHAGEN_TRUST_SET, copenhagenTrustPrinciples);
}
