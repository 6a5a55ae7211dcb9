import type { IndicatorCardSpec } from './perAuthorityIndicator';
import { perAuthorityIndicator } from './perAuthorityIndicator';

/*
 * The Compare tab's per-authority indicators on the matching theme tabs: rates
 * ONS publishes per authority only, each shown as the four West of England
 * authorities among all English authorities. Titles are checked against the
 * data in tests/unit/units/authorityIndicators.test.ts.
 */

export const productivityByAuthoritySpec: IndicatorCardSpec = {
  id: 'productivity-by-authority',
  indicator: 'gross-value-added-per-hour-worked',
  label: 'GVA per hour worked',
  unit: 'gbp2',
  unitText: '£ per hour',
  measure: 'Gross value added per hour worked (£)',
  period: '2021',
  title: 'Output per hour is in England’s top tenth in South Gloucestershire and below the middle in the other three authorities',
};
export const productivityByAuthority = perAuthorityIndicator(productivityByAuthoritySpec);

export const payByAuthoritySpec: IndicatorCardSpec = {
  id: 'pay-by-authority',
  indicator: 'gross-median-weekly-pay',
  label: 'Gross median weekly pay',
  unit: 'gbp2',
  unitText: '£ a week',
  measure: 'Gross median weekly pay (£)',
  period: '2023',
  title: 'Pay in three of the four authorities is just above the middle English authority’s; in Bath and North East Somerset it is below',
};
export const payByAuthority = perAuthorityIndicator(payByAuthoritySpec);

export const employmentByAuthoritySpec: IndicatorCardSpec = {
  id: 'employment-by-authority',
  indicator: 'aged-16-to-64-years-employment-rate',
  label: 'Employment rate, aged 16 to 64',
  unit: 'percent',
  unitText: '%',
  measure: 'Employment rate, people aged 16 to 64 (%)',
  period: 'October 2022 to September 2023',
  title: 'Employment is in England’s top eighth in North Somerset and South Gloucestershire; Bristol’s rate is just below the middle',
};
export const employmentByAuthority = perAuthorityIndicator(employmentByAuthoritySpec);

export const skillsByAuthoritySpec: IndicatorCardSpec = {
  id: 'skills-by-authority',
  indicator: 'aged-16-to-64-years-nvq-level-3-or-above-qualifications',
  label: 'Qualified to NVQ level 3 or above, aged 16 to 64',
  unit: 'percent',
  unitText: '%',
  measure: 'People aged 16 to 64 qualified to NVQ level 3 or above (%)',
  period: '2021',
  title: 'All four authorities are in England’s top half for level 3 qualifications, Bristol and Bath and North East Somerset near the top',
};
export const skillsByAuthority = perAuthorityIndicator(skillsByAuthoritySpec);

export const gigabitByAuthoritySpec: IndicatorCardSpec = {
  id: 'gigabit-by-authority',
  indicator: 'gigabit-capable-broadband',
  label: 'Gigabit-capable broadband',
  unit: 'percent',
  unitText: '%',
  measure: 'Gigabit-capable broadband coverage (%)',
  period: 'September 2023',
  title: 'Bristol is in England’s top tenth for gigabit broadband; North Somerset and Bath and North East Somerset are below the middle',
};
export const gigabitByAuthority = perAuthorityIndicator(gigabitByAuthoritySpec);
