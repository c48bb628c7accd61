import type { SVGTemplateResult } from 'lit';

/** How a badge looks: `tag` (inline, small), `card` (everything visible), `icon-only` (icon with an accessible name). */
export const BADGE_VARIANTS = ['tag', 'card', 'icon-only'] as const;
export type BadgeVariant = (typeof BADGE_VARIANTS)[number];

/** How `<klar-principles>` lays out its badges: a grid of cards or a row of tags. */
export const LIST_VARIANTS = ['card', 'tag'] as const;
export type ListVariant = (typeof LIST_VARIANTS)[number];

/** The name of the built-in set: the nine principles for good public service. */
export const BUILT_IN_SET = 'god-service';

/** The texts of one principle in one language. Plain text only: markup is shown as text. */
export interface PrincipleTexts {
  /** Short name, e.g. "Tydelige forventninger". */
  name: string;
  /** One line under the name, e.g. "Borgeren skal vide, hvad borgeren kan forvente". */
  tagline?: string;
  /** A few short sentences for citizens: what you can expect from us under this principle. */
  explanation?: string;
}

/**
 * One principle of a set. `icon` is the body of a 24×24 SVG drawn with currentColor
 * (a lit `svg` template, so it passes strict CSP and Trusted Types), or the slug of one
 * of the nine built-in icons. Texts are keyed by language tag (`da`, `en`, `de`, …).
 */
export interface PrincipleDefinition {
  icon?: SVGTemplateResult | string;
  texts: Record<string, PrincipleTexts>;
}

/** A set of principles by slug, in the order they are listed. */
export type PrincipleSetInput = Record<string, PrincipleDefinition>;

/** What a badge shows for one principle in one language, after language fallback. */
export interface ResolvedPrinciple {
  slug: string;
  set: string;
  icon: SVGTemplateResult;
  name: string;
  tagline: string;
  explanation: string;
  /** The language the texts are actually in (may differ from the page's when falling back). */
  lang: string;
}

/** Detail of `klar-principle-feedback`: which principle the citizen wants to give feedback on. */
export interface PrincipleFeedbackDetail {
  readonly principle: string;
  readonly set: string;
}

/** The part of `<klar-feedback-form>` the badge relies on (the hand-off contract). */
export interface FeedbackTarget extends Element {
  requestFeedback?: (principle: string) => void | Promise<void>;
}
