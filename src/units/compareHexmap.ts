import { WOE_AUTHORITIES } from '../series/areas';
import { fmt, PER_AUTHORITY_NOTE } from './compareData';
import { LA_MEASURE_CHOICE, ranked, woeRanks } from './compareDistribution';
import { defineUnit } from './unit';
import type { CompareHexmapData } from './compareHexmap.derive';

export const compareHexmap = defineUnit<CompareHexmapData>({
  id: 'compare-hexmap',
  title: 'A map of England’s local authorities, one hexagon each, the West of England outlined',
  subtitle: 'Every English local authority as an equal-sized hexagon, coloured by one measure at a time; hatched: no value',
  sources: ['ons-regional-gdp-2025', 'desnz-ghg-2005-2023', 'ons-subnational-indicators-2024-03', 'hexmap-lad-2023'],
  choices: [LA_MEASURE_CHOICE],
  notes: [
    'Hexagons are equal in size whatever an authority’s area or population, so small urban authorities are as visible as large rural ones; positions are approximate.',
    'The colour classes span the middle 96% of authorities’ values (the 2nd to the 98th percentile; for a change, symmetric about zero), so a few extreme values do not wash out the rest: the end classes, marked ≤ and ≥ in the legend, hold everything beyond.',
    PER_AUTHORITY_NOTE,
  ],
  view: (data, c) => {
    const { m, rows } = ranked(data, c.measure);
    if (!m) return { body: { kind: 'bar', rows: [], unit: 'count', color: 'dim' }, table: { columns: [], rows: [] }, finding: 'No data.' };
    const values = Object.fromEntries(rows.map((r) => [r.code, r.value]));
    const withValue = new Set(rows.map((r) => r.code));
    const missing = data.authorities.filter((a) => !withValue.has(a.code));
    const named = new Map(data.authorities.map((a) => [a.code, a.name]));
    const hexes = data.hexes.map((h) => ({ ...h, name: h.name ?? named.get(h.id) ?? h.id }));
    return {
      body: {
        kind: 'hexmap',
        layout: data.layout,
        hexes,
        values,
        highlight: [...WOE_AUTHORITIES],
        highlightLabel: 'West of England (four authorities)',
        legendTitle: `${m.label}, ${m.period} (${m.unitText})`,
        unit: m.style.unit,
        change: m.style.change,
        rankNoun: 'English local authorities',
      },
      table: {
        columns: [
          { key: 'code', label: 'Code' },
          { key: 'name', label: 'Local authority' },
          { key: 'value', label: `${m.label}, ${m.period}`, unit: m.unitText },
        ],
        // In code order, as shipped (ONS's order); the table sorts by name at a click on its heading.
        rows: data.authorities.map((a) => [a.code, a.woe ? `${a.name} (West of England)` : a.name, values[a.code] ?? null]),
      },
      finding: woeRanks(data, m.id),
      viewNotes: [
        ...(missing.length
          ? [
              `No value for ${missing.length} authorit${missing.length === 1 ? 'y' : 'ies'} (hatched): ${missing.map((a) => a.name).join(', ')}.`,
            ]
          : []),
        `Hex map: ${data.credit}.`,
        ...(rows[0] ? [`Highest: ${rows[0].name}, ${fmt(rows[0].value, m.style)}.`] : []),
      ],
    };
  },
});
