import { defineSchema, text } from '../schema';
import { KEY_THEME_IDS } from './workshopLists';

const THEME = `(${KEY_THEME_IDS.join('|')})`;

/**
 * The project's theme tags for each de-duplicated idea. The write-up does not
 * say which key theme an idea serves: these tags are the project's judgement,
 * kept in data so they can be reviewed, and marked as such.
 */
export const workshopIdeaThemes = defineSchema({
  id: 'workshop-idea-themes',
  file: 'data/workshop-idea-themes.csv',
  columns: [
    text('idea_key', 'ideaKey', { description: "The idea's de-duplication key (src/series/normaliseIdea.ts)", maxLength: 600 }),
    text('themes', 'themes', {
      description: 'Key themes the idea serves, separated by semicolons; empty where the words alone do not point to one',
      pattern: new RegExp(`^${THEME}(;${THEME})*$`),
      patternHint: `key theme ids separated by semicolons (${KEY_THEME_IDS.join(', ')})`,
      required: false,
    }),
    text('assigned_by', 'assignedBy', { description: 'Who assigned the tags: the project, not the workshop', oneOf: ['project'] as const }),
    text('rationale', 'rationale', { description: 'Why these tags, in a phrase', maxLength: 300 }),
  ],
  key: ['ideaKey'],
});
