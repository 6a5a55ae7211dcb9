import { defineSchema, num, text } from '../schema';
import { WOE_AUTHORITIES } from '../authorities';

export const GDP_MEASURES = [
  'gva_balanced_current_prices_gbp_million',
  'gdp_current_market_prices_gbp_million',
  'total_resident_population',
  'gdp_per_head_current_prices_gbp',
  'gva_implied_deflator_index_2018eq100',
  'gdp_cvm_index_2018eq100',
  'gdp_cvm_2018_money_gbp_million',
  'gdp_cvm_per_head_2018_money_gbp',
] as const;

export const onsRegionalGdp2021 = defineSchema({
  id: 'ons-regional-gdp-2021',
  file: 'data/ons-regional-gdp-2021.csv',
  columns: [
    text('ons_table', 'onsTable', {
      description: 'Table of the ONS workbook',
      oneOf: ['Table 1', 'Table 5', 'Table 6', 'Table 7', 'Table 8', 'Table 9', 'Table 10', 'Table 11'] as const,
    }),
    text('measure', 'measure', { description: 'What the value measures (unit in the name)', oneOf: GDP_MEASURES }),
    text('itl1_region', 'itl1Region', { description: 'ITL1 region', oneOf: ['South West'] as const }),
    text('la_code', 'laCode', { description: 'Local authority code', oneOf: WOE_AUTHORITIES }),
    text('la_name', 'laName', { description: 'Local authority name', maxLength: 80 }),
    num('year', 'year', { unit: 'year', integer: true, min: 1998, max: 2019, description: 'Calendar year (2019 provisional)' }),
    num('value', 'value', { unit: 'see measure', min: 0, max: 1e7, description: 'Value, in the unit the measure names' }),
  ],
  key: ['measure', 'laCode', 'year'],
});
