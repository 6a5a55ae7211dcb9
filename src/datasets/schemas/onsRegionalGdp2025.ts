import { defineSchema, text } from '../schema';

/** The tables kept from the workbook, each with the measure it holds (the unit is in the name). */
export const GDP_2025_TABLES = {
  'Table 1': 'gva_balanced_current_prices_gbp_million',
  'Table 5': 'gdp_current_market_prices_gbp_million',
  'Table 6': 'total_resident_population',
  'Table 7': 'gdp_per_head_current_market_prices_gbp',
  'Table 10': 'gdp_cvm_2022_money_gbp_million',
  'Table 11': 'gdp_cvm_2022_money_per_head_gbp',
} as const;

export type Gdp2025Measure = (typeof GDP_2025_TABLES)[keyof typeof GDP_2025_TABLES];

export const ITL1_REGIONS = [
  'North East',
  'North West',
  'Yorkshire and The Humber',
  'East Midlands',
  'West Midlands',
  'East',
  'London',
  'South East',
  'South West',
  'Wales',
  'Scotland',
  'Northern Ireland',
] as const;

/** What ONS's `[u]` marks, in the workbook's words. */
export const SUPPRESSED = 'suppressed due to uncertainty (ONS [u]; Northern Ireland 2023 population estimates not yet available)';

export const onsRegionalGdp2025 = defineSchema({
  id: 'ons-regional-gdp-2025',
  file: 'data/ons-regional-gdp-2025.csv',
  columns: [
    text('table', 'onsTable', {
      description: 'Table of the ONS workbook',
      oneOf: Object.keys(GDP_2025_TABLES) as (keyof typeof GDP_2025_TABLES)[],
    }),
    text('measure', 'measure', {
      description: 'What the table measures (unit in the name)',
      oneOf: Object.values(GDP_2025_TABLES) as Gdp2025Measure[],
    }),
    text('ITL1 Region', 'itl1Region', { description: 'ITL1 region or nation', oneOf: ITL1_REGIONS }),
    text('LA code', 'laCode', {
      description: 'Local authority code (2023 boundaries)',
      pattern: /^[ENSW]\d{8}$/,
      patternHint: 'a GSS code such as E06000023',
    }),
    text('LA name', 'laName', { description: 'Local authority name', maxLength: 80 }),
  ],
  wide: {
    field: 'values',
    from: 1998,
    to: 2023,
    unit: 'see measure',
    min: 0,
    max: 1e8,
    description: 'Value in each year, in the unit the measure names (2023 provisional)',
    missing: { '[u]': SUPPRESSED },
  },
  key: ['measure', 'laCode'],
});
