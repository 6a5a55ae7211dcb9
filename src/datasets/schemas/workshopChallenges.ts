import { defineSchema, num, text } from '../schema';
import { KEY_THEME_IDS } from './workshopLists';

/** The "<Theme> Challenges: How can we..." lists of the Policy Lab write-up (March 2019). */
export const workshopChallenges = defineSchema({
  id: 'workshop-challenges',
  file: 'data/workshop-challenges.csv',
  columns: [
    text('id', 'id', {
      description: 'Stable identifier: theme and position',
      pattern: /^[a-z-]+-\d+$/,
      patternHint: 'the theme id, a hyphen and the position',
    }),
    text('theme', 'theme', { description: 'The key theme whose challenge list holds it', oneOf: KEY_THEME_IDS }),
    num('position', 'position', { unit: 'order', integer: true, min: 1, max: 50, description: 'Order within its list' }),
    text('text', 'text', {
      description: 'The challenge as written (the list heading\'s stem "How can we..." is not repeated)',
      maxLength: 600,
    }),
  ],
  key: ['id'],
});
