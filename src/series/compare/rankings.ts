import type { AreaDef } from '../areas';
import { WECA_ID } from '../areas';
import { MEASURES } from './measures';
import type { AreaFigures, MeasureId, Ranking, RankRow } from './types';

/**
 * The combined authorities, England and the four-authority West of England on
 * one measure, highest first. Only the combined authorities are ranked
 * (1 = highest); England and the West of England (4) are shown, unranked.
 */
export function rankAreas(measure: MeasureId, areas: readonly AreaDef[], figures: ReadonlyMap<string, AreaFigures>): Ranking {
  const shown = areas.filter((a) => a.kind === 'combined-authority' || a.kind === 'england' || a.kind === 'evidence-base-area');
  const rows = shown
    .flatMap((a) => {
      const f = figures.get(a.id)?.latest[measure];
      return f ? [{ area: a, value: f.value }] : [];
    })
    .sort((x, y) => y.value - x.value || x.area.id.localeCompare(y.area.id));
  let rank = 0;
  const ranked: RankRow[] = rows.map(({ area, value }) => {
    const isCa = area.kind === 'combined-authority';
    if (isCa) rank++;
    return { id: area.id, label: area.label, short: area.short, value, rank: isCa ? rank : null, isCombinedAuthority: isCa };
  });
  const def = MEASURES[measure];
  return { measure, unit: def.unit, year: def.year, ...(def.from !== undefined ? { from: def.from } : {}), of: rank, rows: ranked };
}

/** The `n` combined authorities nearest to WECA on a measure's latest value: default comparators. */
export function closestToWeca(ranking: Ranking, n = 3): string[] {
  const weca = ranking.rows.find((r) => r.id === WECA_ID);
  if (!weca) return [];
  return ranking.rows
    .filter((r) => r.isCombinedAuthority && r.id !== WECA_ID)
    .map((r) => ({ id: r.id, d: Math.abs(r.value - weca.value) }))
    .sort((a, b) => a.d - b.d || a.id.localeCompare(b.id))
    .slice(0, n)
    .map((r) => r.id);
}
