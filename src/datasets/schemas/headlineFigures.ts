import { defineSchema, num, optionalNum, text } from '../schema';
import { TAB_IDS } from '../tabIds';

export const headlineFigures = defineSchema({
  id: 'headline-figures',
  file: 'data/headline-figures.csv',
  columns: [
    text('id', 'id', { description: 'Stable identifier', pattern: /^[a-z0-9-]+$/, patternHint: 'lower-case words joined by hyphens' }),
    text('label', 'label', { description: 'The figure as the source words it', maxLength: 200 }),
    num('value', 'value', { unit: 'see unit', min: -1e9, max: 1e9, description: 'The figure' }),
    text('unit', 'unit', {
      description: 'Unit of the figure',
      oneOf: ['persons-change', 'percent', 'percent-change', 'ratio-change'] as const,
    }),
    optionalNum('baseline_value', 'baselineValue', {
      unit: 'see unit',
      description: 'Starting value, where the figure is a change from one value to another',
    }),
    text('period', 'period', { description: 'Period the figure covers', maxLength: 80 }),
    text('geography', 'geography', { description: 'Area', maxLength: 80 }),
    text('source', 'source', { description: 'Source as cited in the seed document', maxLength: 200 }),
    text('seed_document', 'seedDocument', { description: 'The evidence document the figure is taken from', maxLength: 200 }),
    text('evidence_tab', 'evidenceTab', { description: 'Dashboard tab that holds the evidence', oneOf: TAB_IDS }),
  ],
  key: ['id'],
});
