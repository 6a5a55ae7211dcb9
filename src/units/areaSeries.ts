import type { Unit } from '../charts/format';
import { clipYears } from '../series/clipYears';
import { seriesTable } from '../series/seriesTable';
import type { Point, Series } from '../series/types';
import type { ColourSlot } from '../themes/palette';
import type { ChartChoices } from './choices';
import { areaColour, areaDash, areaLabel } from './colours';
import type { ChartView } from './unit';

type LineBody = Extract<ChartView['body'], { kind: 'line' }>;

/**
 * What every line chart of areas shares: each area in its own colour and
 * dash, clipped to the chosen years; the areas chosen (if the chart offers a
 * choice) in the legend; those not hidden drawn and tabled.
 */
export function areaSeries(
  src: readonly Series[],
  c: ChartChoices,
  tableUnit: string,
  chosen?: readonly string[],
  /** A style for series that are not one of the dashboard's areas (comparators): label, slot and dash. */
  styleOf?: (s: Series) => { label: string; color: ColourSlot; dash: string } | undefined,
) {
  const hidden = c.hidden ?? [];
  const all = src.map((s) => ({
    ...s,
    points: clipYears(s.points, c.from, c.to),
    label: areaLabel(s.id),
    color: areaColour(s.id),
    dash: areaDash(s.id),
    ...styleOf?.(s),
  }));
  const offered = chosen ? all.filter((s) => chosen.includes(s.id)) : all;
  const shown = offered.filter((s) => !hidden.includes(s.id));
  const legend = offered.map((s) => ({ id: s.id, label: s.label, color: s.color, dash: s.dash, hidden: hidden.includes(s.id) }));
  /** The body, table and toggling legend; `table` rewrites the points tabled (an index, say). */
  const view = (
    unit: Unit,
    extra: Omit<LineBody, 'kind' | 'series' | 'unit'> = {},
    table: (points: readonly Point[]) => readonly Point[] = (p) => p,
  ) => ({
    body: { kind: 'line' as const, series: shown, unit, ...extra },
    table: seriesTable(
      shown.map((s) => ({ ...s, points: table(s.points) })),
      tableUnit,
    ),
    // Where the areas are chosen by ticking them, the ticks are the one way to hide a line and the
    // lines' end labels name them: no legend as well.
    ...(chosen ? {} : { legend, legendToggles: true }),
    ...(shown.length === 0 ? { empty: offered.length === 0 ? 'No area selected' : 'Every area is hidden' } : {}),
  });
  return { all, shown, view };
}
