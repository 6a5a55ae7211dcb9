import { formatChange, formatValue } from '../charts/format';
import { WOE_AUTHORITIES } from '../series/areas';
import type { GdpMeasure } from '../series/gdp';
import { indexTo } from '../series/indexTo';
import { percentChange } from '../series/percentChange';
import { CHAINED_VOLUME_NOTE } from '../series/compare/notes';
import { areaSeries } from './areaSeries';
import { areaOptions, WOE_AND_AUTHORITIES } from './colours';
import { gdpThenAndNow, PROVISIONAL_NOTE, releaseChoice, releaseOf, RELEASES } from './gdpRelease';
import { defineUnit, segmented } from './unit';
import type { EconomyData } from './economy.derive';

export const MEASURES = {
  gdpReal: { label: 'Real GDP', unit: '£m, chained volume', column: 'gdp_cvm_2018_money_gbp_million' },
  gva: { label: 'GVA (current prices)', unit: '£m, current prices', column: 'gva_balanced_current_prices_gbp_million' },
} as const satisfies Record<string, { label: string; unit: string; column: GdpMeasure }>;

export const economy = defineUnit<EconomyData>({
  id: 'economy',
  title: 'Bristol and South Gloucestershire drive the region’s output',
  subtitle:
    'Real gross domestic product (chained volume), or gross value added at current prices, £ million, from 1998, by local authority; ONS 2025 or 2021 release',
  sources: ['ons-regional-gdp-2025', 'ons-regional-gdp-2021'],
  notes: [CHAINED_VOLUME_NOTE, PROVISIONAL_NOTE],
  choices: [
    releaseChoice,
    segmented('measure', 'Measure', Object.fromEntries(Object.entries(MEASURES).map(([value, m]) => [value, m.label]))),
    segmented('mode', 'Show', { absolute: '£ million', indexed: 'Index, first year = 100' }),
    { kind: 'areas', label: 'Areas', options: areaOptions(WOE_AND_AUTHORITIES), default: WOE_AUTHORITIES },
    { kind: 'years', label: 'Years', min: 1998, max: 2023 },
    { kind: 'hide', series: WOE_AND_AUTHORITIES },
  ],
  thenAndNow: (data) => gdpThenAndNow(data.growth),
  view: (data, c) => {
    const key = c.measure === 'gva' ? 'gva' : 'gdpReal';
    const release = releaseOf(c.release);
    const r = RELEASES[release];
    const indexed = c.mode === 'indexed';
    const first = Math.min(c.from ?? 1998, r.last - 1);
    const last = Math.min(c.to ?? r.last, r.last);
    const unit = key === 'gdpReal' ? `£m, chained volume, ${r.money} money` : MEASURES[key].unit;
    const { all, view } = areaSeries(
      data[release][key],
      { ...c, from: first, to: last },
      indexed ? `index, ${first} = 100` : unit,
      c.areas ?? [],
    );
    const authorities = all.filter((s) => s.id !== 'woe');
    const growth = (s: (typeof all)[number]) => percentChange(s.points, first, last) ?? 0;
    const latest = (s: (typeof all)[number]) => s.points.at(-1)?.[1] ?? 0;
    const biggest = [...authorities].sort((a, b) => latest(b) - latest(a))[0];
    const fastest = [...authorities].sort((a, b) => growth(b) - growth(a))[0];
    return {
      ...view('gbpm', { indexBase: indexed ? first : undefined }, indexed ? (p) => indexTo(p, first) : undefined),
      finding:
        biggest && fastest
          ? `${MEASURES[key].label}${key === 'gdpReal' ? ` (${r.money} money)` : ''} in ${last}, ${r.label.split(',')[0]}: ${biggest.label} largest at ${formatValue(latest(biggest), 'gbpm')}; ${fastest.label} grew fastest from ${first} to ${last}, ${formatChange(growth(fastest))}.`
          : 'No data.',
    };
  },
});
