import { defineSchema, num, text } from '../schema';
import { IDEA_ACTOR_IDS, IDEA_LIST_IDS } from './workshopLists';

/**
 * Every idea as raised in the write-up's lists, one row per mention: the raw
 * transcription. The same idea raised in several lists has several rows; the
 * build merges them (src/series/dedupeIdeas.ts).
 */
export const workshopIdeaMentions = defineSchema({
  id: 'workshop-idea-mentions',
  file: 'data/workshop-idea-mentions.csv',
  columns: [
    text('mention_id', 'mentionId', {
      description: 'Stable identifier: list and position',
      pattern: /^[a-z0-9-]+-\d+$/,
      patternHint: 'the list id, a hyphen and the position',
    }),
    text('list', 'list', { description: 'The list the idea is raised in', oneOf: IDEA_LIST_IDS }),
    text('actor', 'actor', { description: 'Who the list is for', oneOf: IDEA_ACTOR_IDS }),
    num('position', 'position', {
      unit: 'order',
      integer: true,
      min: 1,
      max: 50,
      description: 'Order within its list, sub-bullets included',
    }),
    text('text', 'text', { description: 'The idea as written', maxLength: 600 }),
    text('parent', 'parent', {
      description: 'For a sub-bullet, the mention_id of the bullet it stands under; empty otherwise',
      pattern: /^[a-z0-9-]+-\d+$/,
      patternHint: 'a mention_id',
      required: false,
    }),
  ],
  key: ['mentionId'],
});
