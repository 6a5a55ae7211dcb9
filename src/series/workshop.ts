import type { LoadedDatasets } from '../datasets/loadCatalog';
import { GRID_ROLES, GRID_STAGES, KEY_THEME_IDS } from '../datasets/schemas/workshopLists';
import { dedupeIdeas } from './dedupeIdeas';

/**
 * The Policy Lab workshop write-up (March 2019) as the browser receives it:
 * the emerging themes, the challenges by key theme, the ideas merged from
 * their mentions (with the project's theme tags) and the styles of government
 * action grid. Every text is the write-up's own. Throws (naming the file and
 * key) when the ideas and their theme tags do not match one to one.
 */
export function buildWorkshop(
  d: Pick<LoadedDatasets, 'workshopThemes' | 'workshopChallenges' | 'workshopIdeaMentions' | 'workshopIdeaThemes' | 'workshopActionGrid'>,
) {
  const themeOrder = (t: string) => KEY_THEME_IDS.indexOf(t as (typeof KEY_THEME_IDS)[number]);
  const roleOrder = (r: string) => GRID_ROLES.indexOf(r as (typeof GRID_ROLES)[number]);
  const stageOrder = (s: string) => GRID_STAGES.indexOf(s as (typeof GRID_STAGES)[number]);
  return {
    themes: [...d.workshopThemes.rows].sort((a, b) => a.position - b.position).map((t) => ({ ...t })),
    challenges: [...d.workshopChallenges.rows]
      .sort((a, b) => themeOrder(a.theme) - themeOrder(b.theme) || a.position - b.position)
      .map((c) => ({ ...c })),
    ideas: dedupeIdeas(d.workshopIdeaMentions.rows, d.workshopIdeaThemes.rows, {
      mentions: d.workshopIdeaMentions.rowNumbers,
      tags: d.workshopIdeaThemes.rowNumbers,
    }),
    grid: [...d.workshopActionGrid.rows]
      .sort((a, b) => roleOrder(a.role) - roleOrder(b.role) || stageOrder(a.stage) - stageOrder(b.stage))
      .map((g) => ({ ...g })),
  };
}

export type Workshop = ReturnType<typeof buildWorkshop>;
