import { onDemand } from '../core/on-demand.js';

export type PrincipleRegistry = typeof import('../core/principles/registry.js');

/**
 * The principle registry with the nine principles' texts and icons, which the feedback form
 * needs only for its "which promise?" question (full and report mode), a preset `principle` or
 * a hand-off from a badge: imported then, not with the form (issue 15). On a page with a badge
 * it is here already.
 */
export const principleRegistry = onDemand<PrincipleRegistry>(() => import('../core/principles/registry.js'));
