/** Tab ids go into shared links: never rename one. */
export const TAB_IDS = [
  'overview',
  'inclusive-growth',
  'innovation',
  'clean-growth',
  'infrastructure',
  'business',
  'compare',
  'workshop',
] as const;
export type TabId = (typeof TAB_IDS)[number];
