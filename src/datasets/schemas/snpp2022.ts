import { WOE_AUTHORITIES } from '../authorities';
import { defineSchema, text } from '../schema';

const AGES = [...Array.from({ length: 90 }, (_, i) => String(i)), '90 and over', 'All ages'];

export const snpp2022 = defineSchema({
  id: 'ons-snpp-2022-persons',
  file: 'data/ons-snpp-2022-persons.csv',
  columns: [
    text('AREA_CODE', 'areaCode', { description: 'ONS local authority code (2023 boundaries)', oneOf: WOE_AUTHORITIES }),
    text('AREA_NAME', 'areaName', { description: 'Local authority name', maxLength: 80 }),
    text('COMPONENT', 'component', { description: 'Projection component', oneOf: ['Population'] as const }),
    text('SEX', 'sex', { description: 'Sex', oneOf: ['persons'] as const }),
    text('AGE_GROUP', 'ageGroup', { description: 'Single year of age, "90 and over" or "All ages"', oneOf: AGES }),
  ],
  wide: { field: 'population', from: 2022, to: 2047, unit: 'persons', min: 0, max: 2e7, description: 'Projected mid-year population' },
  key: ['areaCode', 'ageGroup'],
});
