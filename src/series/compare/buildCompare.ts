import type { LoadedData } from '../../datasets/loadCatalog';
import type { DataProblem } from '../../datasets/dataProblem';
import { catalog } from '../../datasets/catalog';
import type { AreaDef } from '../areas';
import { buildAreas, WOE_AUTHORITIES } from '../areas';
import { areaFigures } from './areaFigures';
import { checkNationalCodes } from './checkCodes';
import { hexGeometry } from './hexGeometry';
import { CHAINED_VOLUME_NOTE, MEASURE_IDS, MEASURES } from './measures';
import { perAuthority } from './perAuthority';
import { closestToWeca, rankAreas } from './rankings';
import type { NationalTables } from './tables';
import { nationalTables } from './tables';
import { thenNow } from './thenNow';
import type { AreaFigures, MeasureId, Ranking } from './types';

/** Bad national data, one problem per line: the build stops with them. */
export class CompareDataError extends Error {
  constructor(readonly problems: readonly DataProblem[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the national data`);
    this.name = 'CompareDataError';
  }
}

/** The areas from the loaded data; problems (a lookup code matching no authority) are returned, not thrown. */
export function compareAreas(d: LoadedData, t: NationalTables = nationalTables(d)): { areas: AreaDef[]; problems: DataProblem[] } {
  const authorities = [...t.authorities.entries()].filter(([code]) => code.startsWith('E')).map(([code, a]) => ({ code, ...a }));
  const lookup = (key: 'ladToCauth2025' | 'ladToCauth2024') => ({
    file: catalog[key].file,
    column: catalog[key].columns[0].csv,
    rows: d[key].rows,
  });
  const built = buildAreas({ authorities, lookup2025: lookup('ladToCauth2025'), lookup2024: lookup('ladToCauth2024') });
  return { areas: built.areas, problems: [...checkNationalCodes(d), ...built.problems] };
}

/**
 * Everything the Compare tab and the "now" cards need, computed at build time
 * from the national files: compact and JSON-serialisable. Throws
 * CompareDataError (file, row, column) when the files do not fit together.
 * Series by year are for the aggregate areas and the four West of England
 * authorities; every English authority gets its latest values (perAuthority).
 */
export function buildCompare(d: LoadedData) {
  const t = nationalTables(d);
  const { areas, problems } = compareAreas(d, t);
  if (problems.length) throw new CompareDataError(problems);
  const figures = new Map<string, AreaFigures>(areas.map((a) => [a.id, areaFigures(a, t)]));
  const rankings = Object.fromEntries(MEASURE_IDS.map((m) => [m, rankAreas(m, areas, figures)])) as Record<MeasureId, Ranking>;
  const withSeries = areas.filter((a) => a.kind !== 'authority' || (WOE_AUTHORITIES as readonly string[]).includes(a.id));
  return {
    areas: areas
      .filter((a) => a.kind !== 'authority')
      .map(({ id, label, short, kind, members, newSince2024 }) => ({ id, label, short, kind, members, newSince2024 })),
    measures: MEASURES,
    figures: withSeries.map((a) => figures.get(a.id) as AreaFigures),
    rankings,
    closest: Object.fromEntries(MEASURE_IDS.map((m) => [m, closestToWeca(rankings[m])])) as Record<MeasureId, string[]>,
    perAuthority: perAuthority(d, areas, figures),
    thenNow: thenNow(d, t),
    hexmap: hexGeometry(d.hexmapLad2023.value, d.hexmapLad2023.meta.attribution),
    notes: { chainedVolume: CHAINED_VOLUME_NOTE },
    sources: [
      d.onsRegionalGdp2025.meta.id,
      d.desnzGhg2023.meta.id,
      d.subnationalIndicators.meta.id,
      d.ladToCauth2025.meta.id,
      d.hexmapLad2023.meta.id,
    ],
  };
}

export type Compare = ReturnType<typeof buildCompare>;

/** Every English authority's series by year (for a chart of one authority): not shipped with the Compare tab's first load. */
export function authoritySeries(d: LoadedData): AreaFigures[] {
  const t = nationalTables(d);
  const { areas } = compareAreas(d, t);
  return areas.filter((a) => a.kind === 'authority').map((a) => areaFigures(a, t));
}
