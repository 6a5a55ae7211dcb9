import { KEY_THEMES } from '../../datasets/schemas/workshopLists';
import type { KeyThemeId } from '../../datasets/schemas/workshopLists';

/** One slide of the Workshop deck, named without its data (the data is a chunk of its own). */
export type WorkshopSlideSpec =
  | { readonly id: 'ws-by-theme'; readonly kind: 'counts'; readonly by: 'theme'; readonly title: string }
  | { readonly id: 'ws-by-actor'; readonly kind: 'counts'; readonly by: 'actor'; readonly title: string }
  | { readonly id: 'ws-grid'; readonly kind: 'grid'; readonly title: string }
  | { readonly id: `ws-ideas-${KeyThemeId}`; readonly kind: 'ideas'; readonly theme: KeyThemeId; readonly title: string };

/**
 * The Workshop tab's deck: the idea counts by key theme and by who can act,
 * the styles of government action grid, then the most-raised ideas of each
 * key theme. Its length is known before the workshop data loads, so the
 * slide counter never reads "0 / 0".
 */
export const WORKSHOP_DECK: readonly WorkshopSlideSpec[] = [
  { id: 'ws-by-theme', kind: 'counts', by: 'theme', title: 'Workshop ideas by key theme' },
  { id: 'ws-by-actor', kind: 'counts', by: 'actor', title: 'Workshop ideas by who can act' },
  { id: 'ws-grid', kind: 'grid', title: 'Styles of government action' },
  ...KEY_THEMES.map((t) => ({
    id: `ws-ideas-${t.id}` as const,
    kind: 'ideas' as const,
    theme: t.id,
    title: `${t.label}: the ideas raised most`,
  })),
];
