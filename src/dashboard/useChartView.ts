import { useMemo } from 'react';
import { chartData } from '../series/chartData';
import type { ChartChoices } from '../units/choices';
import type { ChartUnit } from '../units/unit';
import { withDefaults } from '../units/withDefaults';

/** A chart's data as the build shipped it (keyed by chart id). */
export const dataOf = (unit: ChartUnit): unknown => chartData(unit.id);

/** What a card or slide shows for the reader's stored choices: memoised on the unit and those choices. */
export function useChartView(unit: ChartUnit, stored: ChartChoices | undefined) {
  const choices = useMemo(() => withDefaults(unit, stored), [unit, stored]);
  const view = useMemo(() => unit.view(dataOf(unit), choices), [unit, choices]);
  const thenAndNow = useMemo(() => unit.thenAndNow?.(dataOf(unit), choices), [unit, choices]);
  return { choices, view, thenAndNow };
}
