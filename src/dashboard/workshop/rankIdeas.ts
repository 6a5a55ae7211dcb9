import type { Idea } from './filterWorkshop';

/** The ideas raised most often first; ideas raised equally often keep the write-up's order. */
export const rankIdeas = (ideas: readonly Idea[]): Idea[] =>
  ideas
    .map((idea, i) => ({ idea, i }))
    .sort((a, b) => b.idea.mentions - a.idea.mentions || a.i - b.i)
    .map((x) => x.idea);
