import type { IdeaActorId, KeyThemeId } from '../../datasets/schemas/workshopLists';
import { IDEA_ACTORS, KEY_THEMES } from '../../datasets/schemas/workshopLists';
import type { WorkshopEvidence } from '../../series/splitEvidence';

export type Idea = WorkshopEvidence['ideas'][number];
export type Challenge = WorkshopEvidence['challenges'][number];

export interface WorkshopFilter {
  readonly q?: string;
  readonly keyTheme?: string;
  readonly actor?: string;
}

/** Case, accents and punctuation do not matter to a search; every word must be found. */
const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export const matches = (text: string, q: string | undefined): boolean => {
  const words = fold(q ?? '')
    .split(' ')
    .filter(Boolean);
  if (!words.length) return true;
  const hay = ` ${fold(text)} `;
  return words.every((w) => hay.includes(` ${w}`) || hay.includes(w));
};

/** Ideas that pass every filter, in the write-up's order. */
export const filterIdeas = (ideas: readonly Idea[], f: WorkshopFilter): Idea[] =>
  ideas.filter(
    (i) =>
      (!f.keyTheme || i.themes.includes(f.keyTheme as KeyThemeId)) &&
      (!f.actor || i.actors.includes(f.actor as IdeaActorId)) &&
      matches(`${i.text} ${i.places.map((p) => p.text).join(' ')}`, f.q),
  );

/** Challenges for the theme and search (who can act does not apply to a challenge). */
export const filterChallenges = (challenges: readonly Challenge[], f: WorkshopFilter): Challenge[] =>
  challenges.filter((c) => (!f.keyTheme || c.theme === f.keyTheme) && matches(c.text, f.q));

/** Ideas per key theme (an idea may serve several), with those the project tagged with none. */
export function countByTheme(ideas: readonly Idea[]): { id: string; label: string; count: number }[] {
  return [
    ...KEY_THEMES.map((t) => ({
      id: t.id as string,
      label: t.label as string,
      count: ideas.filter((i) => i.themes.includes(t.id)).length,
    })),
    { id: '', label: 'No theme tagged', count: ideas.filter((i) => i.themes.length === 0).length },
  ];
}

/** Ideas per group that can act on them (an idea raised by several groups counts for each). */
export const countByActor = (ideas: readonly Idea[]): { id: string; label: string; count: number }[] =>
  IDEA_ACTORS.map((a) => ({ id: a.id as string, label: actorLabel(a.id), count: ideas.filter((i) => i.actors.includes(a.id)).length }));

/** Short names for the groups, for controls and charts (the headings are questions). */
export function actorLabel(id: string): string {
  switch (id) {
    case 'across-the-themes':
      return 'Across the themes';
    case 'individuals':
      return 'Individuals';
    case 'organisations-and-businesses':
      return 'Organisations and businesses';
    case 'combined-authority':
      return 'The combined authority (WECA)';
    default:
      return id;
  }
}

export const themeLabel = (id: string): string => KEY_THEMES.find((t) => t.id === id)?.label ?? id;

/** Counts largest first (a bar chart that ranks); "No theme tagged" stays last, as it is not a theme. */
export const sortByCount = <T extends { id: string; count: number }>(rows: readonly T[]): T[] =>
  rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => Number(a.r.id === '') - Number(b.r.id === '') || b.r.count - a.r.count || a.i - b.i)
    .map((x) => x.r);
