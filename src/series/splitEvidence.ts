import type { KeyThemeId } from '../datasets/schemas/workshopLists';
import { KEY_THEME_IDS } from '../datasets/schemas/workshopLists';
import type { Evidence, SourceCard } from './buildEvidence';

/** How many of a theme's most-mentioned ideas its dashboard tab shows. */
const TOP_IDEAS = 5;

/** The ideas and their theme tags, described by their own .meta.json (as every source is). */
const WORKSHOP_SOURCE_IDS = ['workshop-idea-mentions', 'workshop-idea-themes'];

/**
 * The browser gets the evidence in two modules: the headline
 * figures and a short summary of the workshop per theme (for every tab), and
 * the whole workshop write-up (only for the Workshop tab, loaded when it is
 * opened). The charts' data and their sources ship in a module per tab (plugins/evidenceData.ts).
 */
export function splitEvidence(e: Evidence) {
  const { workshop, sources, ...shared } = e;
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
  // The ideas' own source cards travel with the write-up (its CSV download cites them).
  const workshopSources = Object.fromEntries(WORKSHOP_SOURCE_IDS.map((id) => [id, sources[id]]).filter(([, s]) => s !== undefined));
  return {
    main: { ...shared, workshopSummary: summary },
    workshop: { ...workshop, sources: workshopSources as Record<string, SourceCard> },
  };
}

export type MainEvidence = ReturnType<typeof splitEvidence>['main'];
export type WorkshopEvidence = ReturnType<typeof splitEvidence>['workshop'];
