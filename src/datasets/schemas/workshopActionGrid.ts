import { defineSchema, text } from '../schema';
import { GRID_ROLES, GRID_STAGES } from './workshopLists';

/** The "Styles of government action" grid of the Policy Lab write-up (March 2019): 7 roles × 4 stages. */
export const workshopActionGrid = defineSchema({
  id: 'workshop-action-grid',
  file: 'data/workshop-action-grid.csv',
  columns: [
    text('role', 'role', { description: 'Row of the grid ("Government as a ...")', oneOf: GRID_ROLES }),
    text('role_label', 'roleLabel', { description: 'The role as written', maxLength: 40 }),
    text('role_description', 'roleDescription', { description: 'The words under the role, as written', maxLength: 200 }),
    text('style', 'style', {
      description: 'The matching item of the list "Styles of government action" printed before the grid (paired by order)',
      maxLength: 120,
    }),
    text('stage', 'stage', { description: 'Column of the grid', oneOf: GRID_STAGES }),
    text('stage_label', 'stageLabel', { description: 'The column heading as written', maxLength: 40 }),
    text('name', 'name', { description: "The cell's name, as written", maxLength: 120 }),
    text('description', 'description', { description: "The cell's description, as written", maxLength: 400 }),
  ],
  key: ['role', 'stage'],
});
