import { ordinal } from '../charts/ordinal';
import { ENGLAND_ID, WECA_ID } from '../series/areas';
import { areaColour } from './colours';
import { COMPARE_NOTES, COMPARE_SOURCES, fmt, styleOf } from './compareData';
import { defineUnit } from './unit';
import type { CompareRankingData } from './compareRanking.derive';

export const compareRanking = defineUnit<CompareRankingData>({
  id: 'compare-ranking',
  title: 'How the West of England ranks among the 15 combined authorities',
  subtitle: 'One measure at a time: the 15 combined authorities (May 2025), England and the four-authority West of England, highest first',
  sources: [...COMPARE_SOURCES],
  choices: [
    {
      kind: 'select',
      key: 'measure',
      label: 'Measure',
      options: [
        { value: 'real-gdp-growth', label: 'Real GDP growth since 2005' },
        { value: 'real-gdp-per-head', label: 'Real GDP per head, 2023' },
        { value: 'ghg-per-resident', label: 'Greenhouse gas per resident, 2023' },
        { value: 'ghg-per-resident-change', label: 'Fall in greenhouse gas per resident since 2005' },
      ],
      default: 'real-gdp-growth',
    },
  ],
  notes: [...COMPARE_NOTES],
  view: (data, c) => {
    const m = data.find((x) => x.id === c.measure) ?? data[0];
    if (!m) return { body: { kind: 'bar', rows: [], unit: 'count', color: 'dim' }, table: { columns: [], rows: [] }, finding: 'No data.' };
    const change = m.from !== undefined;
    const style = styleOf(m.unitText, change);
    const weca = m.rows.find((r) => r.id === WECA_ID);
    const woe = m.rows.find((r) => r.id === 'woe');
    const eng = m.rows.find((r) => r.id === ENGLAND_ID);
    const period = change ? `from ${m.from} to ${m.year}` : `in ${m.year}`;
    const rankText = (rank: number) => (rank === 1 ? 'the highest' : rank === m.of ? 'the lowest' : `the ${ordinal(rank)} highest`);
    const finding =
      weca && weca.rank !== null
        ? `${m.label} ${period}: ${fmt(weca.value, style)} for the West of England Combined Authority (three authorities), ${rankText(weca.rank)} of the ${m.of} combined authorities` +
          (woe ? `; ${fmt(woe.value, style)} for the West of England’s four authorities` : '') +
          (eng ? `; England ${fmt(eng.value, style)}.` : '.')
        : 'No figure for the West of England Combined Authority.';
    return {
      body: {
        kind: 'ranked',
        rows: m.rows.map((r) => ({
          id: r.id,
          label: r.label,
          value: r.value,
          emphasis: r.id === WECA_ID || r.id === 'woe' ? 'hero' : r.id === ENGLAND_ID ? 'reference' : 'none',
          ranked: r.ca,
        })),
        unit: style.unit,
        change,
        rankNoun: 'combined authorities',
        hero: areaColour('woe'),
      },
      table: {
        columns: [
          { key: 'rank', label: `Rank of ${m.of}` },
          { key: 'area', label: 'Area' },
          { key: 'value', label: `${m.label}, ${change ? `${m.from}–${m.year}` : m.year}`, unit: m.unitText },
        ],
        rows: m.rows.map((r) => [r.rank ?? 'not ranked', r.id === WECA_ID ? 'West of England Combined Authority (3)' : r.label, r.value]),
      },
      finding,
    };
  },
});
