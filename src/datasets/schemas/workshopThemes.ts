import { defineSchema, num, text } from '../schema';

/** "Emerging themes from across the day", Policy Lab write-up (March 2019). */
export const workshopThemes = defineSchema({
  id: 'workshop-themes',
  file: 'data/workshop-themes.csv',
  columns: [
    text('id', 'id', {
      description: 'Stable identifier, made from the title',
      pattern: /^[a-z0-9-]+$/,
      patternHint: 'lower-case words joined by hyphens',
    }),
    text('title', 'title', { description: 'The theme as the write-up sets it in bold (without the colon after it)', maxLength: 120 }),
    text('description', 'description', { description: 'The words after the bold title, as written', maxLength: 400 }),
    num('position', 'position', { unit: 'order', integer: true, min: 1, max: 50, description: 'Order in the write-up' }),
  ],
  key: ['id'],
});
