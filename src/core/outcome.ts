import { css, html, type TemplateResult } from 'lit';
import type { Decision, OutcomeKind } from './case-model.js';
import { markText } from './case-lang.js';
import { inferOutcomeKind, outcomeSaysMore } from './parse-case.js';
import { icon, type IconName } from './icons.js';
import type { MessageParams } from './localize.js';

const OUTCOME_ICON: Record<OutcomeKind, IconName> = {
  granted: 'done',
  'partly-granted': 'decision',
  refused: 'skipped',
  dismissed: 'blocked',
  other: 'decision',
};

type Translate = (key: string, params?: MessageParams) => string;

/**
 * The tag says the case's own words: for an outcome of kind `other`, and for words that say their
 * kind themselves in the interface's language ("Du har fået tilladelse" beside "Du har fået ja"
 * said it twice). Their kind's icon and colour stay on them. On a page in another language the
 * tag says the kind in the reader's words, and the case's words follow (`outcomeDetail`).
 */
const ownWords = (d: Decision, lang: string | undefined): boolean => (d.kind ?? 'other') === 'other' || (!lang && outcomeSaysMore(d.outcome) && inferOutcomeKind(d.outcome) === d.kind);

/**
 * A decision's outcome as a tag: the words, icon and colour of its kind ("Du har fået afslag"),
 * so a refusal is never read, or seen, as success (styles: `decisionStyles`, ./case-decision.styles.ts). When the case's own
 * words say the outcome (see `ownWords`), the tag says them, marked with their language.
 */
export function outcomeTag(d: Decision, t: Translate, lang: string | undefined): TemplateResult {
  const kind = d.kind ?? 'other';
  const word = ownWords(d, lang) ? markText(d.outcome, lang) : t(`outcome.${kind}`);
  return html`<p part="outcome" class="klar-outcome-tag klar-outcome-${kind}">${icon(OUTCOME_ICON[kind])}<span>${word}</span></p>`;
}

/**
 * The case's own outcome words when they say more than the tag ("Tilladelse på vilkår om
 * afstand til skel" under "Du har fået delvist ja"), else undefined: a word or two ("Afslag",
 * "Delvist bevilget") is what the tag already says, and words the tag says themselves are said there.
 */
export function outcomeDetail(d: Decision, lang: string | undefined): string | undefined {
  return d.kind && !ownWords(d, lang) && outcomeSaysMore(d.outcome) ? d.outcome : undefined;
}

/** What the citizen can do next after a refusal or dismissal with no appeal route given: the message key. */
export function outcomeNextKey(d: Decision): string | undefined {
  return !d.appeal && (d.kind === 'refused' || d.kind === 'dismissed') ? 'outcome.noAppeal' : undefined;
}

/**
 * A row of links and calendar buttons, adopted by the elements that show one (the timeline's
 * promise, the decision's links). The outcome tag's look comes with the decision
 * (./case-decision.styles.ts).
 */
export const linkRowStyles = css`
  /* A row of links and calendar buttons (the decision's document, how to appeal, the timeline's
     promise); a row with nothing in it takes no room. */
  .klar-links {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_k-space-s) var(--_k-space-l);
  }
  .klar-links:not(:has(*)) {
    display: none;
  }
  .klar-links a {
    display: inline-flex;
    gap: var(--_k-space-xs);
    align-items: center;
  }
`;
