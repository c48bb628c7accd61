/** The layouts of <klar-case-status>: `full` for a case page, `compact` for lists and sidebars. */
export const CASE_STATUS_VARIANTS = ['full', 'compact'] as const;
export type CaseStatusVariant = (typeof CASE_STATUS_VARIANTS)[number];

/** What the status tag says at a glance; each has its own icon, and the label is always in words. */
export const STATUS_KINDS = ['received', 'active', 'waiting', 'delayed', 'decided', 'closed'] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];
