import { defineSchema, num, text } from '../schema';

export const AGE_BANDS = ['0-14', '15-64', '65+'] as const;
export const COMPARISON_AREAS = ['West of England', 'South West', 'England'] as const;

export const populationGrowth2016 = defineSchema({
  id: 'population-growth-2016based',
  file: 'data/population-growth-2016based.csv',
  columns: [
    text('age_band', 'ageBand', { description: 'Broad age band', oneOf: AGE_BANDS }),
    text('area', 'area', { description: 'Area', oneOf: COMPARISON_AREAS }),
    num('growth_2018_2038_pct', 'growthPct', {
      unit: '%',
      min: -100,
      max: 1000,
      description: 'Increase in population of the age band, 2018 to 2038, per cent',
    }),
  ],
  key: ['ageBand', 'area'],
});
