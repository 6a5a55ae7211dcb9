export interface TierItem {
  readonly id: string;
  /** Where the label wants its centre. */
  readonly x: number;
  readonly width: number;
}

export interface TierPlacement {
  readonly id: string;
  /** Centre after clamping into [0, maxX]. */
  readonly x: number;
  readonly width: number;
  /** 0 = the row nearest the data, 1 the next one out, … */
  readonly tier: number;
}

/**
 * Place labels in rows so none overlaps another: each label centred on its
 * point (clamped inside [0, maxX]) in the first row where it keeps `gap` from
 * every label already there. Labels are placed from left to right.
 */
export function placeTiers(items: readonly TierItem[], maxX: number, gap: number): TierPlacement[] {
  const rows: { left: number; right: number }[][] = [];
  const out: TierPlacement[] = [];
  for (const it of [...items].sort((a, b) => a.x - b.x)) {
    const half = it.width / 2;
    const x = Math.max(half, Math.min(maxX - half, it.x));
    const box = { left: x - half, right: x + half };
    let tier = rows.findIndex((row) => row.every((o) => box.left >= o.right + gap || box.right <= o.left - gap));
    if (tier < 0) tier = rows.push([]) - 1;
    rows[tier]?.push(box);
    out.push({ id: it.id, x, width: it.width, tier });
  }
  return out;
}
