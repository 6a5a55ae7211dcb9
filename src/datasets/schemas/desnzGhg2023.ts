import { defineSchema, num, text } from '../schema';

export const desnzGhg2023 = defineSchema({
  id: 'desnz-ghg-2005-2023',
  file: 'data/desnz-ghg-2005-2023.csv',
  columns: [
    text('lad_code', 'ladCode', {
      description: 'Local authority code (2023 boundaries)',
      pattern: /^[ENSW]\d{8}$/,
      patternHint: 'a GSS code such as E06000023',
    }),
    text('lad_name', 'ladName', { description: 'Local authority name', maxLength: 80 }),
    num('year', 'year', { unit: 'year', integer: true, min: 2005, max: 2023, description: 'Calendar year' }),
    text('country', 'country', { description: 'UK nation', oneOf: ['England', 'Wales', 'Scotland', 'Northern Ireland'] as const }),
    text('country_code', 'countryCode', { description: 'Nation code', pattern: /^[ENSW]\d{8}$/, patternHint: 'a GSS code' }),
    text('region', 'region', { description: 'Region (England) or nation', maxLength: 60 }),
    text('region_code', 'regionCode', { description: 'Region code', pattern: /^[ENSW]\d{8}$/, patternHint: 'a GSS code' }),
    num('total_emissions_scope_ktco2', 'scopeKtCo2', {
      unit: 'kt CO2',
      min: 0,
      max: 1e6,
      description: 'CO2 emissions within the scope of influence of local authorities',
    }),
    num('territorial_emissions_ktco2e', 'territorialKtCo2e', {
      unit: 'kt CO2e',
      min: -1e6,
      max: 1e6,
      description: 'Territorial greenhouse-gas emissions, all gases, LULUCF included',
    }),
    num('mid_year_population_thousands', 'populationThousands', {
      unit: 'thousand persons',
      min: 0,
      max: 1e5,
      description: 'Mid-year population estimate',
    }),
    num('area_km2', 'areaKm2', { unit: 'km²', min: 0, max: 1e6, description: 'Area' }),
  ],
  key: ['ladCode', 'year'],
});
