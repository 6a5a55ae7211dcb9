import type { KeyThemeId } from '../datasets/schemas/workshopLists';
import { KEY_THEME_IDS } from '../datasets/schemas/workshopLists';
import type { Evidence } from './buildEvidence';

/** How many of a theme's most-mentioned ideas its dashboard tab shows. */
export const TOP_IDEAS = 5;

/**
 * The browser gets the evidence in two modules: the charts' data and a short
 * summary of the workshop per theme (for every tab), and the whole workshop
 * write-up (only for the Workshop tab, loaded when it is opened).
 */
export function splitEvidence(e: Evidence) {
  const { workshop, ...charts } = e;
  const summary = Object.fromEntries(
    KEY_THEME_IDS.map((theme) => [
      theme,
      {
        challenges: workshop.challenges.filter((c) => c.theme === theme).map((c) => c.text),
        topIdeas: workshop.ideas
          .map((idea, i) => ({ idea, i }))
          .filter(({ idea }) => idea.themes.includes(theme))
          .sort((a, b) => b.idea.mentions - a.idea.mentions || a.i - b.i)
          .slice(0, TOP_IDEAS)
          .map(({ idea }) => ({ text: idea.text, mentions: idea.mentions })),
      },
    ]),
  ) as Record<KeyThemeId, { challenges: string[]; topIdeas: { text: string; mentions: number }[] }>;
  return { main: { ...charts, workshopSummary: summary }, workshop };
}

export type MainEvidence = ReturnType<typeof splitEvidence>['main'];
export type WorkshopEvidence = ReturnType<typeof splitEvidence>['workshop'];
