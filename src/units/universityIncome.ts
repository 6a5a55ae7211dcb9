import { formatValue } from '../charts/format';
import { ordinal } from '../series/ordinal';
import { areaColour } from './colours';
import { defineUnit, segmented } from './unit';
import type { UniversityIncomeData } from './universityIncome.derive';

const WOE_WORD = 'West of England university';

export const universityIncome = defineUnit<UniversityIncomeData>({
  id: 'university-income',
  title: 'Regional universities earn £160m a year from business services',
  subtitle: 'Income from business services, £ million, 2016/17, twelve English universities',
  sources: ['university-income'],
  notes: [
    'Licence: the figures are quoted from a public document (the West of England LIS evidence base, as shown in the Cabinet Office Policy Lab workshop write-up, March 2019), citing PwC analysis of HESA data; they are reproduced here with that attribution, not under an open data licence of their own.',
    'University names are shown as the institutions write them; the table also gives each name as the evidence base writes it.',
  ],
  choices: [
    segmented('sort', 'Sort by', { value: 'Income', name: 'Name' }),
    segmented('show', 'Show', { all: 'All twelve', woe: 'West of England only' }),
  ],
  view: (all, c) => {
    const shown = all.filter((u) => c.show !== 'woe' || u.highlight);
    const rows = [...shown].sort((a, b) => (c.sort === 'name' ? a.label.localeCompare(b.label, 'en-GB') : b.value - a.value));
    const woe = all.filter((u) => u.highlight);
    const woeTotal = woe.reduce((s, u) => s + u.value, 0);
    const ranked = [...all].sort((a, b) => b.value - a.value);
    const top = ranked[0];
    const bestWoe = [...woe].sort((a, b) => b.value - a.value)[0];
    const count = woe.length === 4 ? 'four' : String(woe.length);
    const finding =
      top && bestWoe
        ? `The ${count} West of England universities together earned ${formatValue(woeTotal, 'gbpm')} from business services in 2016/17, ${woeTotal > top.value ? 'more' : 'less'} than ${top.label} alone (${formatValue(top.value, 'gbpm')}); ${bestWoe.label} earned the most of the ${count}, ${formatValue(bestWoe.value, 'gbpm')}, ${ordinal(ranked.indexOf(bestWoe) + 1)} of the ${all.length} shown.`
        : '';
    return {
      body: { kind: 'bar', rows, unit: 'gbpm', color: areaColour('woe'), highlightLabel: WOE_WORD },
      table: {
        columns: [
          { key: 'university', label: 'University' },
          { key: 'income', label: 'Income from business services', unit: '£m' },
          { key: 'woe', label: 'West of England university' },
          { key: 'seedName', label: 'Name in the evidence base' },
        ],
        rows: rows.map((r) => [r.label, r.value, r.highlight ? 'yes' : 'no', r.seedName]),
      },
      finding,
      legend: [
        { id: 'woe', label: 'West of England university', color: areaColour('woe'), hidden: false },
        { id: 'other', label: 'Other university', color: 'dim', hidden: false },
      ],
    };
  },
});
