/** How `<klar-principles>` lays out its badges: a grid of cards or a row of tags. */
export const LIST_VARIANTS = ['card', 'tag'] as const;
export type ListVariant = (typeof LIST_VARIANTS)[number];
