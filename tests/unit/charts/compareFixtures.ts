import type { CompareColors } from '../../../src/charts/compareColors';
import { DIVERGING_RAMPS, SEQUENTIAL_RAMPS } from '../../../src/charts/compareColors';
import type { RankedRow } from '../../../src/charts/layoutRankedBars';
import type { StripPoint } from '../../../src/charts/layoutStrip';

/** Concrete colours, so a test can tell the hero from the rest. */
export const COLORS: CompareColors = {
  hero: '#0a5fa3',
  muted: '#8c94a0',
  reference: '#525a66',
  outline: '#1b1f24',
  noData: '#d0d4da',
  sequential: SEQUENTIAL_RAMPS.light,
  diverging: DIVERGING_RAMPS.light,
};

/** Made-up values (not data): fifteen combined authorities, England and the four-authority area. */
export const RANKED: RankedRow[] = [
  { id: 'E47000001', label: 'Greater Manchester', value: 12.5, emphasis: 'none' },
  { id: 'E47000002', label: 'South Yorkshire', value: 4.1, emphasis: 'none' },
  { id: 'E47000003', label: 'West Yorkshire', value: 8.0, emphasis: 'none' },
  { id: 'E47000004', label: 'Liverpool City Region', value: 10.2, emphasis: 'none' },
  { id: 'E47000006', label: 'Tees Valley', value: -3.4, emphasis: 'none' },
  { id: 'E47000007', label: 'West Midlands', value: 9.9, emphasis: 'none' },
  { id: 'E47000008', label: 'Cambridgeshire and Peterborough', value: 21.7, emphasis: 'none' },
  { id: 'E47000009', label: 'West of England Combined Authority', value: 18.3, emphasis: 'hero' },
  { id: 'E47000010', label: 'North East', value: 1.2, emphasis: 'none' },
  { id: 'E47000011', label: 'North of Tyne', value: 6.6, emphasis: 'none' },
  { id: 'E47000012', label: 'York and North Yorkshire', value: 7.3, emphasis: 'none' },
  { id: 'E47000013', label: 'East Midlands', value: 5.5, emphasis: 'none' },
  { id: 'E47000014', label: 'Hull and East Yorkshire', value: -0.8, emphasis: 'none' },
  { id: 'E47000015', label: 'Lancashire', value: 3.0, emphasis: 'none' },
  { id: 'E47000016', label: 'Greater Lincolnshire', value: 2.2, emphasis: 'none' },
  { id: 'woe', label: 'West of England (four authorities)', value: 16.9, emphasis: 'hero', ranked: false },
  { id: 'E92000001', label: 'England', value: 11.0, emphasis: 'reference' },
];

/** Forty made-up authorities: a deterministic spread with the four West of England ones among them. */
export const STRIP: StripPoint[] = [
  ...Array.from({ length: 36 }, (_, i) => ({
    id: `E0${7000000 + i}`,
    label: `Authority ${i + 1}`,
    value: 20 + ((i * 37) % 23) + (i % 5) * 0.5,
    highlight: false,
  })),
  { id: 'E06000022', label: 'Bath and North East Somerset', value: 31.0, highlight: true },
  { id: 'E06000023', label: 'Bristol, City of', value: 31.5, highlight: true },
  { id: 'E06000024', label: 'North Somerset', value: 24.0, highlight: true },
  { id: 'E06000025', label: 'South Gloucestershire', value: 32.0, highlight: true },
];

/** A small HexJSON (odd-r): the four West of England hexes as in the 2023 file, neighbours, and four non-English hexes. */
export const HEXJSON = {
  layout: 'odd-r',
  hexes: {
    E06000022: { n: 'Bath and North East Somerset', q: 1, r: 3 },
    E06000023: { n: 'Bristol, City of', q: 0, r: 3 },
    E06000024: { n: 'North Somerset', q: 0, r: 2 },
    E06000025: { n: 'South Gloucestershire', q: 1, r: 4 },
    E06000054: { n: 'Wiltshire', q: 2, r: 3 },
    E06000066: { n: 'Somerset', q: 1, r: 2 },
    E07000080: { n: 'Forest of Dean', q: 0, r: 4 },
    E06000052: { n: 'Cornwall', q: -2, r: 0 },
    E09000001: { n: 'City of London', q: 5, r: 5 },
    E08000003: { n: 'Manchester', q: 3, r: 9 },
    W06000015: { n: 'Cardiff', q: -1, r: 3 },
    W06000022: { n: 'Newport', q: -1, r: 4 },
    S12000036: { n: 'City of Edinburgh', q: 4, r: 14 },
    N09000003: { n: 'Belfast', q: -6, r: 12 },
  },
};
export const ENGLISH_CODES = Object.keys(HEXJSON.hexes).filter((c) => c.startsWith('E'));
export const WOE_CODES = ['E06000022', 'E06000023', 'E06000024', 'E06000025'];
