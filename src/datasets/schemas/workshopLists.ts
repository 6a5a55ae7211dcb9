/**
 * The fixed vocabularies of the Policy Lab workshop write-up (Local Industrial
 * Strategy Lab, March 2019), shared by the workshop schemas and derivations.
 * Every label here is the write-up's own wording.
 */

/** "Evidence discovery across four key themes", in the write-up's order. */
export const KEY_THEMES = [
  { id: 'inclusive-growth', label: 'Inclusive growth' },
  { id: 'environment-for-growth', label: 'Environment for growth' },
  { id: 'fostering-innovation', label: 'Fostering innovation' },
  { id: 'investing-in-infrastructure', label: 'Investing in infrastructure' },
] as const;
export type KeyThemeId = (typeof KEY_THEMES)[number]['id'];
export const KEY_THEME_IDS = KEY_THEMES.map((t) => t.id) as readonly KeyThemeId[];

/** Who an idea is for, as the write-up groups them. */
export const IDEA_ACTORS = [
  { id: 'across-the-themes', label: 'A few ideas from across the themes' },
  { id: 'individuals', label: 'What can individuals do?' },
  { id: 'organisations-and-businesses', label: 'What can organisations and businesses do?' },
  { id: 'combined-authority', label: 'What can the combined authority do?' },
] as const;
export type IdeaActorId = (typeof IDEA_ACTORS)[number]['id'];
export const IDEA_ACTOR_IDS = IDEA_ACTORS.map((a) => a.id) as readonly IdeaActorId[];

/**
 * Every list of ideas in the write-up, in the order it prints them, with the
 * heading as written. The "(LEP/WECA)" numbered items stand between
 * "What can WECA do? 2/5" and "3/5".
 */
export const IDEA_LISTS = [
  { id: 'ideas-1', actor: 'across-the-themes', heading: 'A few ideas from across the themes 1/2' },
  { id: 'ideas-2', actor: 'across-the-themes', heading: 'A few ideas from across the themes 2/2' },
  { id: 'individuals-1', actor: 'individuals', heading: 'What can individuals do? 1/4' },
  { id: 'individuals-2', actor: 'individuals', heading: 'What can individuals do? 2/4' },
  { id: 'individuals-3', actor: 'individuals', heading: 'What can individuals do? 3/4' },
  { id: 'individuals-4', actor: 'individuals', heading: 'What can individuals do? 4/4' },
  { id: 'organisations-1', actor: 'organisations-and-businesses', heading: 'What can organisations and businesses do? 1/5' },
  { id: 'organisations-2', actor: 'organisations-and-businesses', heading: 'What can organisations and businesses do? 2/5' },
  { id: 'organisations-3', actor: 'organisations-and-businesses', heading: 'What can organisations and businesses do? 3/5' },
  { id: 'organisations-4', actor: 'organisations-and-businesses', heading: 'What can organisations and businesses do? 4/5' },
  { id: 'organisations-5', actor: 'organisations-and-businesses', heading: 'What can organisations and businesses do? 5/5' },
  { id: 'weca-1', actor: 'combined-authority', heading: 'What can WECA do? 1/5' },
  { id: 'weca-2', actor: 'combined-authority', heading: 'What can WECA do? 2/5' },
  { id: 'lep-weca', actor: 'combined-authority', heading: '(LEP/WECA)' },
  { id: 'weca-3', actor: 'combined-authority', heading: 'What can WECA do? 3/5' },
  { id: 'weca-4', actor: 'combined-authority', heading: 'What can WECA do? 4/5' },
  { id: 'weca-5', actor: 'combined-authority', heading: 'What can WECA do? 5/5' },
] as const satisfies readonly { id: string; actor: IdeaActorId; heading: string }[];
export type IdeaListId = (typeof IDEA_LISTS)[number]['id'];
export const IDEA_LIST_IDS = IDEA_LISTS.map((l) => l.id) as readonly IdeaListId[];

/** "Styles of government action": the grid's rows ("Government as a ..."), top to bottom. */
export const GRID_ROLES = ['collaborator', 'steward', 'customer', 'provider', 'funder', 'regulator', 'legislator'] as const;
export type GridRoleId = (typeof GRID_ROLES)[number];

/** The grid's columns, left to right. */
export const GRID_STAGES = ['early-stage', 'framing', 'scaling', 'developing'] as const;
export type GridStageId = (typeof GRID_STAGES)[number];
