/** How a badge looks: `tag` (inline, small), `card` (everything visible), `icon-only` (icon with an accessible name). */
export const BADGE_VARIANTS = ['tag', 'card', 'icon-only'] as const;
export type BadgeVariant = (typeof BADGE_VARIANTS)[number];
