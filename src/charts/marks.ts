/**
 * A mark a reader can reach by keyboard or pointer: every chart kind's layout
 * returns these, and FocusLayer makes them navigable and gives them tooltips.
 * `s` is the series (or row) index, `i` the position along it.
 */
export interface FocusMark {
  readonly key: string;
  readonly s: number;
  readonly i: number;
  /** Centre of the mark in chart coordinates. */
  readonly x: number;
  readonly y: number;
  /** Title line of the tooltip, e.g. the series. */
  readonly title: string;
  /** Value line of the tooltip, e.g. "2019: 7.2 t per person". */
  readonly detail: string;
  readonly color: string;
  /** The series the mark belongs to: focusing it dims the other series. */
  readonly series?: string;
  /**
   * Marks of line and area charts share a column per year (per panel): the
   * tooltip lists every mark of the active one's column, sorted by value, and
   * a crosshair runs down it. Absent on other kinds.
   */
  readonly column?: MarkColumn;
}

/** A mark's place in its year's column: what the column tooltip shows of it. */
export interface MarkColumn {
  /** Marks with the same key share a tooltip: "2019", or "bristol:2019" in small multiples. */
  readonly key: string;
  /** The tooltip's heading: "2019", "Bristol, 2019". */
  readonly heading: string;
  /** The series' name, its value (to sort by) and the value as the chart's formatter writes it. */
  readonly label: string;
  readonly value: number;
  readonly text: string;
  /** The series' dash, for its key in the tooltip. */
  readonly dash?: string;
  /** The crosshair's top and bottom, in chart coordinates. */
  readonly top: number;
  readonly bottom: number;
}

/** The marks of `active`'s column, highest value first (ties in drawing order); empty for a mark without one. */
export function columnOf(marks: readonly FocusMark[], active: FocusMark | undefined): FocusMark[] {
  const key = active?.column?.key;
  if (key === undefined) return [];
  return marks.filter((m) => m.column?.key === key).sort((a, b) => (b.column?.value ?? 0) - (a.column?.value ?? 0));
}

/** The mark the arrow key leads to, or undefined at an edge. Pure, so it is tested without a DOM. */
export function nextMark(marks: readonly FocusMark[], from: FocusMark, key: string): FocusMark | undefined {
  const same = (s: number) => marks.filter((m) => m.s === s).sort((a, b) => a.i - b.i);
  const series = [...new Set(marks.map((m) => m.s))].sort((a, b) => a - b);
  // With one series (bars in a column) Up and Down move along it, as readers expect.
  if (series.length === 1 && (key === 'ArrowDown' || key === 'ArrowUp')) key = key === 'ArrowDown' ? 'ArrowRight' : 'ArrowLeft';
  const row = same(from.s);
  const at = row.findIndex((m) => m.key === from.key);
  switch (key) {
    case 'ArrowRight':
      return row[at + 1];
    case 'ArrowLeft':
      return at > 0 ? row[at - 1] : undefined;
    case 'Home':
      return row[0];
    case 'End':
      return row[row.length - 1];
    case 'ArrowUp':
    case 'ArrowDown': {
      const k = series.indexOf(from.s) + (key === 'ArrowDown' ? 1 : -1);
      const target = series[k];
      if (target === undefined) return undefined;
      const other = same(target);
      return (
        other.find((m) => m.i === from.i) ??
        other.reduce<FocusMark | undefined>(
          (best, m) => (!best || Math.abs(m.x - from.x) < Math.abs(best.x - from.x) ? m : best),
          undefined,
        )
      );
    }
    default:
      return undefined;
  }
}

/** The mark nearest a pointer position (chart coordinates); x counts more than y, as readers scan along time. */
export function nearestMark(marks: readonly FocusMark[], x: number, y: number): FocusMark | undefined {
  let best: FocusMark | undefined;
  let bestD = Infinity;
  for (const m of marks) {
    const d = (m.x - x) ** 2 * 4 + (m.y - y) ** 2;
    if (d < bestD) {
      bestD = d;
      best = m;
    }
  }
  return best;
}
