import { ordinal } from '../charts/ordinal';
import { ENGLAND_ID } from '../series/areas';
import { areaColour } from './colours';
import type { LaData } from './compareData';
import { COMPARE_NOTES, fmt, PER_AUTHORITY_NOTE } from './compareData';
import type { ChoiceDecl } from './unit';
import { defineUnit } from './unit';
import type { CompareDistributionData } from './compareDistribution.derive';
import { byText } from '../series/byText';

/** The measure chosen (or the first), its authorities with values ranked highest first. */
export function ranked(d: LaData, measure: string | undefined) {
  const m = d.measures.find((x) => x.id === measure) ?? d.measures[0];
  const rows = m
    ? d.authorities
        .map((a, i) => ({ ...a, value: m.values[i] ?? null }))
        .filter((a): a is typeof a & { value: number } => a.value !== null)
        .sort((a, b) => b.value - a.value || byText(a.code, b.code))
    : [];
  return { m, rows };
}

/** "Bristol 12th, …" of the four West of England authorities among all with a value. */
export function woeRanks(d: LaData, measure: string | undefined): string {
  const { m, rows } = ranked(d, measure);
  if (!m) return 'No data.';
  const four = rows.map((r, i) => ({ ...r, rank: i + 1 })).filter((r) => r.woe);
  return `${m.label} (${m.period}), highest first among the ${rows.length} English authorities with a value: ${four
    .map((r) => `${r.name} ${ordinal(r.rank)} (${fmt(r.value, m.style)})`)
    .join(', ')}.`;
}

/** The measure select of the per-authority charts: the ranked measures and the six published indicators. */
export const LA_MEASURE_CHOICE: ChoiceDecl = {
  kind: 'select',
  key: 'measure',
  label: 'Measure',
  options: [
    { value: 'real-gdp-growth', label: 'Real GDP growth since 2005' },
    { value: 'real-gdp-per-head', label: 'Real GDP per head, 2023' },
    { value: 'ghg-per-resident', label: 'Greenhouse gas per resident, 2023' },
    { value: 'ghg-per-resident-change', label: 'Change in greenhouse gas per resident since 2005' },
    { value: 'gross-value-added-per-hour-worked', label: 'GVA per hour worked' },
    { value: 'aged-16-to-64-years-employment-rate', label: 'Employment rate, aged 16 to 64' },
    { value: 'aged-16-to-64-years-nvq-level-3-or-above-qualifications', label: 'NVQ level 3 or above, aged 16 to 64' },
    { value: 'gross-median-weekly-pay', label: 'Median weekly pay' },
    { value: 'gigabit-capable-broadband', label: 'Gigabit-capable broadband' },
    { value: 'gross-disposable-household-income-per-head', label: 'Household income per head' },
  ],
  default: 'real-gdp-growth',
};

export const compareDistribution = defineUnit<CompareDistributionData>({
  id: 'compare-distribution',
  title: 'Where the four West of England authorities sit among all 296 English authorities',
  subtitle: 'Every English local authority a dot, one measure at a time; the four West of England authorities labelled',
  sources: ['ons-regional-gdp-2025', 'desnz-ghg-2005-2023', 'ons-subnational-indicators-2024-03'],
  choices: [LA_MEASURE_CHOICE],
  notes: [PER_AUTHORITY_NOTE, ...COMPARE_NOTES],
  view: (data, c) => {
    const { m, rows } = ranked(data, c.measure);
    if (!m) return { body: { kind: 'bar', rows: [], unit: 'count', color: 'dim' }, table: { columns: [], rows: [] }, finding: 'No data.' };
    const eng = data.england[m.id];
    return {
      body: {
        kind: 'strip',
        points: rows.map((r) => ({ id: r.code, label: r.name, value: r.value, highlight: r.woe })),
        references: eng !== null && eng !== undefined ? [{ id: ENGLAND_ID, label: 'England', value: eng }] : [],
        unit: m.style.unit,
        change: m.style.change,
        rankNoun: 'English local authorities',
        hero: areaColour('woe'),
      },
      table: {
        columns: [
          { key: 'rank', label: `Rank of ${rows.length}` },
          { key: 'code', label: 'Code' },
          { key: 'name', label: 'Local authority' },
          { key: 'value', label: `${m.label}, ${m.period}`, unit: m.unitText },
        ],
        rows: rows.map((r, i) => [i + 1, r.code, r.woe ? `${r.name} (West of England)` : r.name, r.value]),
      },
      finding: woeRanks(data, m.id),
      viewNotes: [
        ...(m.indicator ? [PER_AUTHORITY_NOTE] : []),
        ...(rows[0] && rows[1] && rows[0].value > 3 * rows[1].value
          ? [`${rows[0].name} (${fmt(rows[0].value, m.style)}) lies far beyond every other authority and stretches the scale.`]
          : []),
      ],
    };
  },
});
