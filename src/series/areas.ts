import { WOE_AUTHORITIES } from '../datasets/authorities';
import type { DataProblem } from '../datasets/dataProblem';
import { toDataCode } from './compare/laCodes';

export { WOE_AUTHORITIES, WECA_AUTHORITIES } from '../datasets/authorities';
export type { AuthorityId } from '../datasets/authorities';

/** Areas shown across the dashboard. Ids are GSS codes (they go into links); "woe" is the four authorities together. */
export const AREAS = {
  woe: 'West of England',
  E06000022: 'Bath and North East Somerset',
  E06000023: 'Bristol',
  E06000024: 'North Somerset',
  E06000025: 'South Gloucestershire',
  E12000009: 'South West',
  E92000001: 'England',
} as const;

export type AreaId = keyof typeof AREAS;

/** The West of England Combined Authority: three authorities (North Somerset is not a member). */
export const WECA_ID = 'E47000009';
export const ENGLAND_ID = 'E92000001';

export const WOE_LABEL = 'West of England (four authorities, evidence-base area)';
export const WECA_LABEL = 'West of England Combined Authority (three authorities; North Somerset is not a member)';

export type AreaKind = 'authority' | 'evidence-base-area' | 'combined-authority' | 'england';

/** An area the dashboard knows, and the local authorities (2023 codes) it is built from. */
export interface AreaDef {
  readonly id: string;
  /** Says which area it is ("… (three authorities; …)"). */
  readonly label: string;
  /** For tight places: axis labels, legends. */
  readonly short: string;
  readonly kind: AreaKind;
  readonly members: readonly string[];
  /** For a combined authority: true when it is not in the May 2024 lookup (formed since). */
  readonly newSince2024?: boolean;
  /** For an authority: its ITL1 region and its combined authority (May 2025), if any. */
  readonly region?: string;
  readonly combinedAuthority?: string;
}

interface LookupRow {
  readonly ladCode: string;
  readonly ladName: string;
  readonly cauthCode: string;
  readonly cauthName: string;
}

export interface AreaInput {
  /** Every English local authority in the data (2023 codes), with its name and region. */
  readonly authorities: readonly { readonly code: string; readonly name: string; readonly region: string }[];
  readonly lookup2025: { readonly file: string; readonly column: string; readonly rows: readonly LookupRow[] };
  readonly lookup2024: { readonly file: string; readonly column: string; readonly rows: readonly LookupRow[] };
}

/**
 * Every area: the 15 combined authorities (May 2025; WECA labelled as three
 * authorities), the four-authority West of England, England and every English
 * authority. A lookup code that matches no authority in the data is a problem
 * naming the file, row and column (rows count as in a spreadsheet; the lookups
 * have no blank lines).
 */
export function buildAreas(input: AreaInput): { areas: AreaDef[]; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const known = new Set(input.authorities.map((a) => a.code));
  const check = (lookup: AreaInput['lookup2025']) =>
    lookup.rows.forEach((r, i) => {
      if (!known.has(toDataCode(r.ladCode)))
        problems.push({
          file: lookup.file,
          row: i + 2,
          column: lookup.column,
          expected:
            'a local authority code found in the data (data/ons-regional-gdp-2025.csv), after the code changes in src/series/compare/laCodes.ts',
          found: `"${r.ladCode}" (${r.ladName}), which matches no authority`,
        });
    });
  check(input.lookup2025);
  check(input.lookup2024);

  const cas = new Map<string, { name: string; members: string[] }>();
  const caOf = new Map<string, string>();
  for (const r of input.lookup2025.rows) {
    const ca = cas.get(r.cauthCode) ?? { name: r.cauthName, members: [] };
    ca.members.push(toDataCode(r.ladCode));
    cas.set(r.cauthCode, ca);
    caOf.set(toDataCode(r.ladCode), r.cauthCode);
  }
  const older = new Set(input.lookup2024.rows.map((r) => r.cauthCode));
  const combined: AreaDef[] = [...cas.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([id, ca]) => ({
      id,
      label: id === WECA_ID ? WECA_LABEL : ca.name,
      short: id === WECA_ID ? 'West of England CA (3)' : ca.name,
      kind: 'combined-authority' as const,
      members: [...ca.members].sort(),
      newSince2024: !older.has(id),
    }));
  const authorities: AreaDef[] = [...input.authorities]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((a) => ({
      id: a.code,
      label: a.name,
      short: (AREAS as Record<string, string>)[a.code] ?? a.name,
      kind: 'authority' as const,
      members: [a.code],
      region: a.region,
      ...(caOf.has(a.code) ? { combinedAuthority: caOf.get(a.code) } : {}),
    }));
  return {
    areas: [
      { id: 'woe', label: WOE_LABEL, short: 'West of England (4)', kind: 'evidence-base-area', members: [...WOE_AUTHORITIES] },
      ...combined,
      { id: ENGLAND_ID, label: 'England', short: 'England', kind: 'england', members: authorities.map((a) => a.id) },
      ...authorities,
    ],
    problems,
  };
}

export const isWoeAuthority = (code: string | null | undefined): boolean => (WOE_AUTHORITIES as readonly string[]).includes(code ?? '');
