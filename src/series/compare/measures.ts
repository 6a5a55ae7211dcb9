import { CHAINED_VOLUME_NOTE } from './notes';
import type { MeasureDef, MeasureId } from './types';

export { CHAINED_VOLUME_NOTE } from './notes';

const SUM = 'Sum of the authorities’ values';
const PER_HEAD = 'Sum over the authorities of the numerator divided by the sum of their population (never an average of rates)';

/** The measures ranked across combined authorities and mapped across English authorities. */
export const MEASURES: { readonly [M in MeasureId]: MeasureDef } = {
  'real-gdp-growth': {
    id: 'real-gdp-growth',
    label: 'Real GDP growth since 2005',
    unit: '%',
    from: 2005,
    year: 2023,
    source: 'ons-regional-gdp-2025',
    method: `${SUM} (Table 10, chained volume, 2022 money) in each year, then the per cent change. ${CHAINED_VOLUME_NOTE}`,
  },
  'real-gdp-per-head': {
    id: 'real-gdp-per-head',
    label: 'Real GDP per head',
    unit: '£ per resident, 2022 money',
    year: 2023,
    source: 'ons-regional-gdp-2025',
    method: `An authority: ONS Table 11 as published. An area: ${PER_HEAD} (Table 10 over Table 6). ${CHAINED_VOLUME_NOTE}`,
  },
  'gdp-per-head': {
    id: 'gdp-per-head',
    label: 'GDP per head, current prices',
    unit: '£ per resident',
    year: 2023,
    source: 'ons-regional-gdp-2025',
    method: `An authority: ONS Table 7 as published. An area: ${PER_HEAD} (Table 5 over Table 6).`,
  },
  'ghg-per-resident': {
    id: 'ghg-per-resident',
    label: 'Greenhouse-gas emissions per resident',
    unit: 't CO2e per resident',
    year: 2023,
    source: 'desnz-ghg-2005-2023',
    method: `Territorial emissions, all gases, LULUCF included. ${PER_HEAD} (DESNZ mid-year population).`,
  },
  'ghg-per-resident-change': {
    id: 'ghg-per-resident-change',
    label: 'Change in greenhouse-gas emissions per resident since 2005',
    unit: '%',
    from: 2005,
    year: 2023,
    source: 'desnz-ghg-2005-2023',
    method: `Per cent change of emissions per resident (${PER_HEAD}) from 2005.`,
  },
};

export const MEASURE_IDS = Object.keys(MEASURES) as MeasureId[];
