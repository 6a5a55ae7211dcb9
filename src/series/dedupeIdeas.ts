import type { DataProblem } from '../datasets/dataProblem';
import { formatProblem } from '../datasets/dataProblem';
import { show } from '../datasets/messageText';
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

/** Idea texts are long: a message shows this much of one before clipping it. */
const TEXT_IN_MESSAGE = 120;

/**
 * The data is wrong in a way the schema cannot see: the build stops with one
 * problem per line, each naming the file, row and column, as the validator's do.
 */
export class WorkshopDataError extends Error {
  constructor(readonly problems: readonly DataProblem[]) {
    super(
      `Bad workshop data: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
    this.name = 'WorkshopDataError';
  }
}

/** The spreadsheet row of each row of the two files, as parseDataset counted them. */
export interface IdeaRowNumbers {
  readonly mentions?: readonly number[];
  readonly tags?: readonly number[];
}

/** Row numbers by row; without them, a row's place in its file (right when the file has no blank lines or multi-line cells). */
function rowsOf<T extends object>(rows: readonly T[], numbers: readonly number[] | undefined): (row: T) => number | undefined {
  const index = new Map<T, number>(rows.map((r, i) => [r, numbers ? (numbers[i] as number) : i + 2]));
  return (row) => index.get(row);
}

/**
 * Merge the mentions of the write-up's ideas into one record per idea (same
 * key: see normaliseIdea) and attach the project's theme tags.
 *
 * Throws WorkshopDataError, naming the file, row and column of each problem
 * (rows from `rowNumbers`, as parseDataset counted them), when:
 * - an idea has no row in data/workshop-idea-themes.csv, or a row there
 *   matches no idea;
 * - a row of tags repeats a theme;
 * - a mention's text has no words, its actor is not its list's, its
 *   (list, position) repeats, or its parent is not an earlier mention of the
 *   same list that is not itself a sub-bullet.
 */
export function dedupeIdeas(mentions: readonly IdeaMention[], tags: readonly IdeaThemeTag[], rowNumbers: IdeaRowNumbers = {}): Idea[] {
  const problems: DataProblem[] = [];
  const mentionRow = rowsOf(mentions, rowNumbers.mentions);
  const tagRow = rowsOf(tags, rowNumbers.tags);
  const inMentions = (m: IdeaMention, column: string, expected: string, found: string) =>
    problems.push({ file: MENTIONS_FILE, row: mentionRow(m), column, expected, found });
  const inTags = (t: IdeaThemeTag, column: string, expected: string, found: string) =>
    problems.push({ file: THEMES_FILE, row: tagRow(t), column, expected, found });
  const text = (s: string) => show(s, TEXT_IN_MESSAGE);
  const listActor = new Map<string, string>(IDEA_LISTS.map((l) => [l.id, l.actor]));
  const listOrder = new Map<string, number>(IDEA_LISTS.map((l, i) => [l.id, i]));
  const ordered = [...mentions].sort((a, b) => (listOrder.get(a.list) ?? 0) - (listOrder.get(b.list) ?? 0) || a.position - b.position);

  const byId = new Map<string, IdeaMention>();
  const slots = new Map<string, string>();
  for (const m of ordered) byId.set(m.mentionId, m);
  for (const m of ordered) {
    if (listActor.get(m.list) !== m.actor)
      inMentions(m, 'actor', `${listActor.get(m.list)}, the actor of the list ${m.list}`, show(m.actor));
    const slot = `${m.list}#${m.position}`;
    const other = slots.get(slot);
    if (other !== undefined) {
      const otherRow = mentionRow(byId.get(other) as IdeaMention);
      inMentions(
        m,
        'position',
        `a position not yet used in the list ${m.list}`,
        `${m.position}, already the position of ${other} (row ${otherRow})`,
      );
    } else slots.set(slot, m.mentionId);
    if (m.parent !== '') {
      const p = byId.get(m.parent);
      if (!p || p.list !== m.list || p.position >= m.position || p.parent !== '')
        inMentions(m, 'parent', `an earlier top-level mention of the list ${m.list}, or nothing`, show(m.parent));
    }
    if (normaliseIdea(m.text) === '') inMentions(m, 'text', 'an idea with at least one word', text(m.text));
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
    if (!groups.has(t.ideaKey))
      inTags(t, 'idea_key', `the key of an idea in ${MENTIONS_FILE}`, `${text(t.ideaKey)}, which matches no idea's text there`);
  }

  const ideas: Idea[] = [];
  for (const [key, group] of groups) {
    const first = group[0] as IdeaMention;
    const tag = tagByKey.get(key);
    if (!tag) {
      inMentions(
        first,
        'text',
        `an idea with a row in ${THEMES_FILE} (idea_key ${text(key)})`,
        `${text(first.text)}, which has no row there`,
      );
      continue;
    }
    const themes = tag.themes === '' ? [] : (tag.themes.split(';') as KeyThemeId[]);
    if (new Set(themes).size !== themes.length) inTags(tag, 'themes', 'each key theme once', text(tag.themes));
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
