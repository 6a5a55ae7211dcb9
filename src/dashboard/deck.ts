import type { TabId } from '../datasets/tabIds';
import type { ChartUnit } from '../units/unit';
import { TABS, tabById } from './tabs';

const byId = new Map(TABS.flatMap((t) => t.charts).map((s) => [s.id, s]));

/** The slides: the pinned charts, in their order, or else the current tab's charts. */
export function deckFor(tab: TabId, pinned: readonly string[]): ChartUnit[] {
  const custom = pinned.map((id) => byId.get(id)).filter((s): s is ChartUnit => s !== undefined);
  return custom.length ? custom : [...tabById(tab).charts];
}

export const specById = (id: string): ChartUnit | undefined => byId.get(id);
