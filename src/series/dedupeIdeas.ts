import type { RowOf } from '../datasets/schema';
import { workshopIdeaMentions } from '../datasets/schemas/workshopIdeaMentions';
import { workshopIdeaThemes } from '../datasets/schemas/workshopIdeaThemes';
import type { IdeaActorId, IdeaListId, KeyThemeId } from '../datasets/schemas/workshopLists';
import { IDEA_ACTOR_IDS, IDEA_LISTS, KEY_THEME_IDS } from '../datasets/schemas/workshopLists';
import { normaliseIdea } from './normaliseIdea';

export type IdeaMention = RowOf<typeof workshopIdeaMentions>;
export type IdeaThemeTag = RowOf<typeof workshopIdeaThemes>;

/** One place an idea was raised. */
export interface IdeaPlace {
  readonly mentionId: string;
  readonly list: IdeaListId;
  readonly actor: IdeaActorId;
  readonly position: number;
  /** The mention_id of the bullet this one stands under, or "". */
  readonly parent: string;
  /** The idea as written in this place (wording can differ from the idea's text in case and punctuation). */
  readonly text: string;
}

/** One idea of the write-up, however many times it was raised. */
export interface Idea {
  /** normaliseIdea() of its text: the same for every mention. */
  readonly key: string;
  /** The first mention's text, as written. */
  readonly text: string;
  /** How many times it was raised. */
  readonly mentions: number;
  /** Every place it was raised, in the order of the write-up. */
  readonly places: readonly IdeaPlace[];
  /** Distinct actors whose lists raise it, in the order of IDEA_ACTORS. */
  readonly actors: readonly IdeaActorId[];
  /** Key themes the idea serves, in the order of KEY_THEMES: the project's judgement, not the workshop's. */
  readonly themes: readonly KeyThemeId[];
  readonly themesAssignedBy: 'project';
  readonly themesRationale: string;
}

const MENTIONS_FILE = workshopIdeaMentions.file;
const THEMES_FILE = workshopIdeaThemes.file;

/** The data is wrong in a way the schema cannot see: stop the build, naming the file and the row's key. */
export class WorkshopDataError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `Bad workshop data: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
    this.name = 'WorkshopDataError';
  }
}

/**
 * Merge the mentions of the write-up's ideas into one record per idea (same
 * key: see normaliseIdea) and attach the project's theme tags.
 *
 * Throws WorkshopDataError, naming the file and the key or mention, when:
 * - an idea has no row in data/workshop-idea-themes.csv, or a row there
 *   matches no idea;
 * - a row of tags repeats a theme;
 * - a mention's text has no words, its actor is not its list's, its
 *   (list, position) repeats, or its parent is not an earlier mention of the
 *   same list that is not itself a sub-bullet.
 */
export function dedupeIdeas(mentions: readonly IdeaMention[], tags: readonly IdeaThemeTag[]): Idea[] {
  const problems: string[] = [];
  const listActor = new Map<string, string>(IDEA_LISTS.map((l) => [l.id, l.actor]));
  const listOrder = new Map<string, number>(IDEA_LISTS.map((l, i) => [l.id, i]));
  const ordered = [...mentions].sort((a, b) => (listOrder.get(a.list) ?? 0) - (listOrder.get(b.list) ?? 0) || a.position - b.position);

  const byId = new Map<string, IdeaMention>();
  const slots = new Map<string, string>();
  for (const m of ordered) byId.set(m.mentionId, m);
  for (const m of ordered) {
    if (listActor.get(m.list) !== m.actor)
      problems.push(`${MENTIONS_FILE}, mention ${m.mentionId}: the list ${m.list} is for ${listActor.get(m.list)}, not ${m.actor}`);
    const slot = `${m.list}#${m.position}`;
    const other = slots.get(slot);
    if (other !== undefined)
      problems.push(`${MENTIONS_FILE}, mention ${m.mentionId}: position ${m.position} of ${m.list} is already ${other}`);
    else slots.set(slot, m.mentionId);
    if (m.parent !== '') {
      const p = byId.get(m.parent);
      if (!p || p.list !== m.list || p.position >= m.position || p.parent !== '')
        problems.push(
          `${MENTIONS_FILE}, mention ${m.mentionId}: parent "${m.parent}" is not an earlier top-level mention of the list ${m.list}`,
        );
    }
    if (normaliseIdea(m.text) === '') problems.push(`${MENTIONS_FILE}, mention ${m.mentionId}: the text has no words`);
  }

  const groups = new Map<string, IdeaMention[]>();
  for (const m of ordered) {
    const key = normaliseIdea(m.text);
    if (key === '') continue;
    const g = groups.get(key);
    if (g) g.push(m);
    else groups.set(key, [m]);
  }

  const tagByKey = new Map<string, IdeaThemeTag>();
  for (const t of tags) {
    tagByKey.set(t.ideaKey, t);
    if (!groups.has(t.ideaKey)) problems.push(`${THEMES_FILE}: the row for idea_key "${t.ideaKey}" matches no idea in ${MENTIONS_FILE}`);
  }

  const ideas: Idea[] = [];
  for (const [key, group] of groups) {
    const first = group[0] as IdeaMention;
    const tag = tagByKey.get(key);
    if (!tag) {
      problems.push(`${THEMES_FILE}: no row for idea_key "${key}" (first raised as ${first.mentionId}, "${first.text}")`);
      continue;
    }
    const themes = tag.themes === '' ? [] : (tag.themes.split(';') as KeyThemeId[]);
    if (new Set(themes).size !== themes.length)
      problems.push(`${THEMES_FILE}: the row for idea_key "${key}" repeats a theme (${tag.themes})`);
    const actors = new Set(group.map((m) => m.actor));
    ideas.push({
      key,
      text: first.text,
      mentions: group.length,
      places: group.map((m) => ({
        mentionId: m.mentionId,
        list: m.list,
        actor: m.actor,
        position: m.position,
        parent: m.parent,
        text: m.text,
      })),
      actors: IDEA_ACTOR_IDS.filter((a) => actors.has(a)),
      themes: KEY_THEME_IDS.filter((t) => themes.includes(t)),
      themesAssignedBy: tag.assignedBy,
      themesRationale: tag.rationale,
    });
  }
  if (problems.length) throw new WorkshopDataError(problems);
  return ideas;
}
