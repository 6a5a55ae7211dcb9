import type { Point } from '../series/types';
import type { CompareColors } from './compareColors';
import type { LineSeries } from './LineChart';

export interface ComparedSeries {
  readonly id: string;
  readonly label: string;
  readonly points: readonly Point[];
}

/**
 * The "over time" comparison needs no chart kind of its own: LineChart already
 * draws coloured lines with end labels. This picks the colours and the order:
 * chosen comparators in solid grey, England as a
 * dashed darker-grey reference, and the West of England last, so its hero-coloured
 * line is drawn on top of the others.
 */
export function comparatorSeries(
  hero: ComparedSeries,
  comparators: readonly ComparedSeries[],
  reference: ComparedSeries | undefined,
  colors: Pick<CompareColors, 'hero' | 'muted' | 'reference'>,
): LineSeries[] {
  return [
    ...comparators.map((s) => ({ ...s, color: colors.muted, dash: '' })),
    ...(reference ? [{ ...reference, color: colors.reference, dash: '6 3' }] : []),
    { ...hero, color: colors.hero, dash: '' },
  ];
}
