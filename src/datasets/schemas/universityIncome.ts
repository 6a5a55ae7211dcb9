import { bool, defineSchema, num, text } from '../schema';

export const universityIncome = defineSchema({
  id: 'university-income',
  file: 'data/university-income.csv',
  columns: [
    text('university', 'university', { description: 'University, named as in the evidence base', maxLength: 120 }),
    num('income_gbp_million', 'incomeGbpM', {
      unit: '£m',
      min: 0,
      max: 10000,
      description: 'Income from business services, 2016/17, £ million (rounded as published)',
    }),
    bool('west_of_england', 'westOfEngland', 'One of the four West of England universities'),
  ],
  key: ['university'],
});
