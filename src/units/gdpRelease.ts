import { formatChange } from '../charts/format';
import type { ThenNow } from '../series/compare/thenNow';
import type { ChoiceDecl, ThenAndNow } from './unit';

/** The two ONS releases of local GDP a card can show: the evidence base's (to 2019) and the newest (to 2023). */
export const RELEASES = {
  r2025: { label: '2025 release, 2022 money, to 2023', money: '2022', last: 2023 },
  r2021: { label: '2021 release, 2018 money, to 2019', money: '2018', last: 2019 },
} as const;
export type ReleaseId = keyof typeof RELEASES;

export const releaseChoice: ChoiceDecl = {
  kind: 'segmented',
  key: 'release',
  label: 'Release',
  options: Object.entries(RELEASES).map(([value, r]) => ({ value, label: r.label })),
  default: 'r2025',
};

export const releaseOf = (v: string | undefined): ReleaseId => (v === 'r2021' ? 'r2021' : 'r2025');

export const PROVISIONAL_NOTE = 'In the 2025 release, 2023 is provisional; 2020 is the COVID-19 year.';

/** Four-authority real GDP growth, then (2021 release, to 2019) and now (2025 release, to 2023), with where they disagree. */
export function gdpThenAndNow(g: ThenNow['gdpGrowth']): ThenAndNow {
  const same = g.sameYearsNow;
  const differ = Math.round(same.value * 10) !== Math.round(g.then.value * 10);
  return {
    then: {
      vintage: g.then.vintage,
      text: `Real GDP of the four authorities grew ${formatChange(g.then.value)} from ${g.then.from} to ${g.then.to} (chained volume, 2018 money).`,
    },
    now: {
      vintage: g.now.vintage,
      text:
        `Real GDP grew ${formatChange(g.now.value)} from ${g.now.from} to ${g.now.to} (chained volume, 2022 money; includes 2020, the COVID-19 year; 2023 provisional). ` +
        (differ
          ? `The releases disagree on the same years: ${g.then.from} to ${g.then.to} is ${formatChange(same.value)} in this release against ${formatChange(g.then.value)} in the 2021 release, because ONS revises the whole series. `
          : `On the same years, ${g.then.from} to ${g.then.to}, both releases give ${formatChange(same.value)}. `) +
        'Summing chained-volume GDP over authorities is an approximation.',
    },
  };
}
