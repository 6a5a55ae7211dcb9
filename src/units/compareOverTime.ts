import type { Unit } from '../charts/format';
import { ENGLAND_ID, WECA_ID } from '../series/areas';
import { seriesTable } from '../series/seriesTable';
import type { Point } from '../series/types';
import { runPoints } from '../series/yearRun';
import { areaColour } from './colours';
import { COMPARE_NOTES, COMPARE_SOURCES, fmt, styleOf } from './compareData';
import { defineUnit } from './unit';
import type { AreaLines, CompareOverTimeData, Metric } from './compareOverTime.derive';

/** The comparators offered: England and the 15 combined authorities of May 2025 (codes from the ONS lookup; a unit test checks them against the data). */
const COMPARATORS = [
  ['E92000001', 'England'],
  ['E47000001', 'Greater Manchester'],
  ['E47000002', 'South Yorkshire'],
  ['E47000003', 'West Yorkshire'],
  ['E47000004', 'Liverpool City Region'],
  ['E47000006', 'Tees Valley'],
  ['E47000007', 'West Midlands'],
  ['E47000008', 'Cambridgeshire and Peterborough'],
  ['E47000012', 'York and North Yorkshire'],
  ['E47000013', 'East Midlands'],
  ['E47000014', 'North East'],
  ['E47000015', 'Devon and Torbay'],
  ['E47000016', 'Hull and East Yorkshire'],
  ['E47000017', 'Greater Lincolnshire'],
  ['E47000018', 'Lancashire'],
] as const;

/** England and the three combined authorities closest to WECA on real GDP per head in 2023 (`closest` in the data; tested). */
export const DEFAULT_COMPARATORS = ['E92000001', 'E47000008', 'E47000012', 'E47000001'];

const METRICS: Record<Metric, { label: string; unit: Unit; unitText: string }> = {
  'real-gdp-per-head': { label: 'Real GDP per head', unit: 'gbp', unitText: '£ per resident, 2022 money' },
  'real-gdp-index': { label: 'Real GDP, 2005 = 100', unit: 'index', unitText: 'index, 2005 = 100' },
  'ghg-per-resident': { label: 'Greenhouse-gas emissions per resident', unit: 'tperhead', unitText: 't CO2e per resident' },
};

export const compareOverTime = defineUnit<CompareOverTimeData>({
  id: 'compare-over-time',
  title: 'The West of England over time, beside the places you choose',
  subtitle: 'The West of England (four authorities and WECA’s three) against England and combined authorities, by year',
  sources: [...COMPARE_SOURCES],
  choices: [
    {
      kind: 'select',
      key: 'measure',
      label: 'Measure',
      options: Object.entries(METRICS).map(([value, m]) => ({ value, label: m.label })),
      default: 'real-gdp-per-head',
    },
    {
      kind: 'areas',
      label: 'Compare with',
      options: COMPARATORS.map(([value, label]) => ({ value, label })),
      default: DEFAULT_COMPARATORS,
    },
  ],
  notes: [...COMPARE_NOTES],
  view: (data, c) => {
    const metric = (c.measure && c.measure in METRICS ? c.measure : 'real-gdp-per-head') as Metric;
    const m = METRICS[metric];
    const chosen = c.areas ?? DEFAULT_COMPARATORS;
    const of = (id: string) => data.find((a) => a.id === id);
    const line = (a: AreaLines) => ({ id: a.id, label: a.label, points: runPoints(a.lines[metric]) });
    const comparators = chosen.filter((id) => id !== ENGLAND_ID).flatMap((id) => (of(id) ? [of(id) as AreaLines] : []));
    const eng = chosen.includes(ENGLAND_ID) ? of(ENGLAND_ID) : undefined;
    const weca = of(WECA_ID);
    const woe = of('woe');
    const series = [
      ...comparators.map((a) => ({ ...line(a), color: 'dim' as const, dash: '' })),
      ...(eng ? [{ ...line(eng), color: 'muted' as const, dash: '6 3' }] : []),
      ...(weca ? [{ ...line(weca), color: areaColour('woe'), dash: '2 3' }] : []),
      ...(woe ? [{ ...line(woe), color: areaColour('woe'), dash: '' }] : []),
    ];
    const style = styleOf(m.unitText.startsWith('£') ? '£' : m.unitText.startsWith('t ') ? 't ' : '%', false);
    const say = (v: number) => (metric === 'real-gdp-index' ? v.toFixed(1) : fmt(v, style));
    const last = (a: AreaLines | undefined): Point | undefined => (a ? runPoints(a.lines[metric]).at(-1) : undefined);
    const w = last(woe);
    const e = last(eng ?? of(ENGLAND_ID));
    const finding = w
      ? `${m.label} in ${w[0]}: ${say(w[1])} for the West of England (four authorities)` +
        (last(weca) ? `, ${say((last(weca) as Point)[1])} for WECA (three)` : '') +
        (e ? `, ${say(e[1])} for England` : '') +
        (comparators.length
          ? `; ${comparators.map((a) => `${a.label} ${say((last(a) as Point | undefined)?.[1] ?? NaN)}`).join(', ')}.`
          : '.')
      : 'No data.';
    return {
      body: { kind: 'line', series, unit: m.unit, zero: false, ...(metric === 'real-gdp-index' ? { baseline: 100 } : {}) },
      table: seriesTable(
        series.map((s) => ({ id: s.id, label: s.label, points: s.points })),
        m.unitText,
      ),
      finding,
    };
  },
});
