import type { KeyThemeId } from '../datasets/schemas/workshopLists';
import { KEY_THEME_IDS } from '../datasets/schemas/workshopLists';
import type { Evidence } from './buildEvidence';

/** How many of a theme's most-mentioned ideas its dashboard tab shows. */
const TOP_IDEAS = 5;

/**
 * The browser gets the evidence in two modules: the charts' data (keyed by
 * chart id), the sources, the headline figures and a short
 * summary of the workshop per theme (for every tab), and the whole workshop
 * write-up (only for the Workshop tab, loaded when it is opened).
 */
export function splitEvidence<C>(e: Evidence, charts: C) {
  const { workshop, ...shared } = e;
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
  return { main: { ...shared, workshopSummary: summary, charts }, workshop };
}

/** Each chart's own data, keyed by chart id: what its unit's `derive` returned, read back by its `view`. */
type ChartData = Readonly<Record<string, unknown>>;
export type MainEvidence = ReturnType<typeof splitEvidence<ChartData>>['main'];
export type WorkshopEvidence = ReturnType<typeof splitEvidence<ChartData>>['workshop'];
