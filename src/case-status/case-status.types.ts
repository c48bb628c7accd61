/** The layouts of <klar-case-status>: `full` for a case page, `compact` for lists and sidebars. */
export const CASE_STATUS_VARIANTS = ['full', 'compact'] as const;
export type CaseStatusVariant = (typeof CASE_STATUS_VARIANTS)[number];

// What the status tag says at a glance: the case list says the same, so the reading lives in core.
export { STATUS_KINDS, type StatusKind } from '../core/status-kind.js';
