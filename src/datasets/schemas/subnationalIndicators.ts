import { defineSchema, numOrMissing, text } from '../schema';

/** The indicators kept from the March 2024 file: names as ONS writes them. */
export const INDICATORS = [
  'Gross value added per hour worked',
  'Aged 16 to 64 years employment rate (Great Britain)',
  'Aged 16 to 64 years NVQ level 3 or above qualifications (Great Britain)',
  'Gross median weekly pay',
  'Gigabit capable broadband',
  'Gross disposable household income per head',
] as const;
export type Indicator = (typeof INDICATORS)[number];

/** ONS subnational indicators (March 2024 revision), the published value (`real`) of six indicators for every local authority. */
export const subnationalIndicators = defineSchema({
  id: 'ons-subnational-indicators-2024-03',
  file: 'data/ons-subnational-indicators-2024-03.csv',
  columns: [
    text('unique', 'areaCode', {
      description: 'Area code (local authority, boundaries of the period)',
      pattern: /^[ENSW]\d{8}$/,
      patternHint: 'a GSS code',
    }),
    text('group', 'areaName', { description: 'Area name', maxLength: 80 }),
    text('Geography', 'geography', {
      description: 'Kind of area',
      oneOf: ['County or Unitary Authority', 'Local Authority District'] as const,
    }),
    text('Indicator', 'indicator', { description: 'Indicator', oneOf: INDICATORS }),
    text('id', 'indicatorId', { description: 'Indicator id (as the indicator name)', oneOf: INDICATORS }),
    text('Category', 'category', { description: 'Levelling-up mission group', maxLength: 80 }),
    text('Period', 'period', { description: 'Period the value refers to, as published', maxLength: 40 }),
    text('Measure', 'measure', { description: 'What the unit measures', oneOf: ['Percentage', 'Pounds'] as const }),
    text('unit', 'unit', { description: 'Unit', oneOf: ['%', '£'] as const }),
    numOrMissing('real', 'value', {
      unit: 'see unit',
      min: 0,
      max: 1e6,
      description: 'The published value (the file\'s standardised score "value" is not kept)',
      missing: { NA: 'not available in the published file' },
    }),
  ],
  key: ['indicator', 'areaCode'],
});
