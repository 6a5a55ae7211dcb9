import { formatValue } from '../charts/format';
import { WOE_AUTHORITIES } from '../series/areas';
import { COMPARATOR_METHOD } from '../series/compare/notes';
import { CHAINED_VOLUME_NOTE } from '../series/compare/notes';
import { areaSeries } from './areaSeries';
import { WOE_AND_AUTHORITIES } from './colours';
import { COMPARATORS, compareChoice, comparatorStyle } from './comparators';
import { PROVISIONAL_NOTE, releaseChoice, releaseOf, RELEASES } from './gdpRelease';
import { defineUnit } from './unit';
import type { GdpPerHeadData } from './gdpPerHead.derive';

export const gdpPerHead = defineUnit<GdpPerHeadData>({
  id: 'gdp-per-head',
  title: 'Output per resident is highest in South Gloucestershire and Bristol',
  subtitle:
    'Real GDP per resident, £ (chained volume), from 1998, by local authority and the West of England, with comparators; ONS 2025 or 2021 release',
  sources: ['ons-regional-gdp-2025', 'ons-regional-gdp-2021'],
  choices: [
    releaseChoice,
    compareChoice(['E92000001']),
    { kind: 'years', label: 'Years', min: 1998, max: 2023 },
    { kind: 'hide', series: [...WOE_AND_AUTHORITIES, ...COMPARATORS.map((a) => a.id)] },
  ],
  notes: [
    'GDP is counted where people work, population where they live: areas many people commute into look richer per head.',
    COMPARATOR_METHOD,
    CHAINED_VOLUME_NOTE,
    PROVISIONAL_NOTE,
  ],
  view: (data, c) => {
    const release = releaseOf(c.release);
    const r = RELEASES[release];
    const chosen = c.areas ?? ['E92000001'];
    // The 2021 release has only the four authorities: comparators come from the 2025 release.
    const comparators = release === 'r2025' ? data.comparators.filter((s) => chosen.includes(s.id)) : [];
    const to = Math.min(c.to ?? r.last, r.last);
    const { all, view } = areaSeries(
      [...data[release], ...comparators],
      { ...c, from: Math.min(c.from ?? 1998, to - 1), to },
      `£ per resident, chained volume, ${r.money} money`,
      undefined,
      comparatorStyle(),
    );
    const latest = (s: (typeof all)[number]) => s.points.at(-1)?.[1] ?? 0;
    const ranked = all.filter((s) => (WOE_AUTHORITIES as readonly string[]).includes(s.id)).sort((a, b) => latest(b) - latest(a));
    const hi = ranked[0];
    const lo = ranked[ranked.length - 1];
    const woe = all.find((s) => s.id === 'woe')?.points.at(-1);
    const against = all.filter((s) => comparators.some((k) => k.id === s.id)).map((s) => `${formatValue(latest(s), 'gbp')} in ${s.label}`);
    return {
      ...view('gbp'),
      viewNotes:
        release === 'r2021' && chosen.length
          ? ['Comparators are drawn from the 2025 release only: the 2021 file holds the four authorities.']
          : [],
      finding:
        hi && lo && woe
          ? `In ${woe[0]} real GDP per resident (${r.money} money, ${r.label.split(',')[0]}) was ${formatValue(woe[1], 'gbp')} across the West of England, from ${formatValue(latest(lo), 'gbp')} in ${lo.label} to ${formatValue(latest(hi), 'gbp')} in ${hi.label}${against.length ? `; against ${against.join(', ')}` : ''}.`
          : 'No data.',
    };
  },
});
