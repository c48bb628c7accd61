import type { SVGTemplateResult } from 'lit/html.js';

/** The name of the built-in set: the nine principles for good public service. */
export const BUILT_IN_SET = 'god-service';

/**
 * What a set name or a principle slug may look like: lower-case letters, digits, `-` and `_`,
 * at most 64 characters. The same rule is in schema/feedback.schema.json, so a principle
 * chosen in the feedback form always fits the payload.
 */
export const PRINCIPLE_NAME_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** The texts of one principle in one language. Plain text only: markup is shown as text. */
export interface PrincipleTexts {
  /** Short name, e.g. "Tydelige forventninger". */
  name: string;
  /** The promise in one line, said to the citizen, e.g. "Du ved, hvad der sker i din sag, og hvornår". */
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

/** What an element shows for one principle in one language, after language fallback. */
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
