import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../src/datasets/dataProblem';
import { buildAreas, WECA_AUTHORITIES, WECA_ID, WECA_LABEL, WOE_AUTHORITIES, WOE_LABEL } from '../../../../src/series/areas';
import { LA_CODE_CHANGES, toDataCode } from '../../../../src/series/compare/laCodes';

const authorities = [
  { code: 'E06000022', name: 'Bath and North East Somerset', region: 'South West' },
  { code: 'E06000023', name: 'Bristol, City of', region: 'South West' },
  { code: 'E06000024', name: 'North Somerset', region: 'South West' },
  { code: 'E06000025', name: 'South Gloucestershire', region: 'South West' },
  { code: 'E08000016', name: 'Barnsley', region: 'Yorkshire and The Humber' },
];
const row = (ladCode: string, ladName: string, cauthCode: string, cauthName: string) => ({ ladCode, ladName, cauthCode, cauthName });
const lookup = (rows: ReturnType<typeof row>[]) => ({ file: 'data/lookup.csv', column: 'LAD25CD', rows });
const weca = [
  row('E06000022', 'Bath and North East Somerset', WECA_ID, 'West of England'),
  row('E06000023', 'Bristol, City of', WECA_ID, 'West of England'),
  row('E06000025', 'South Gloucestershire', WECA_ID, 'West of England'),
];

describe('the code changes between vintages', () => {
  it('maps Barnsley and Sheffield from their 2024 codes to the 2023 codes of the data, and leaves others alone', () => {
    expect(toDataCode('E08000038')).toBe('E08000016');
    expect(toDataCode('E08000039')).toBe('E08000019');
    expect(toDataCode('E06000023')).toBe('E06000023');
    expect(LA_CODE_CHANGES.map((c) => c.name)).toEqual(['Barnsley', 'Sheffield']);
  });
});

describe('buildAreas', () => {
  const { areas, problems } = buildAreas({
    authorities,
    lookup2025: lookup([...weca, row('E08000038', 'Barnsley', 'E47000002', 'South Yorkshire')]),
    lookup2024: lookup(weca),
  });
  const byId = new Map(areas.map((a) => [a.id, a]));

  it('builds WECA as three authorities, labelled so, and the evidence-base area as four', () => {
    expect(problems).toEqual([]);
    expect(byId.get(WECA_ID)).toMatchObject({ label: WECA_LABEL, kind: 'combined-authority', members: [...WECA_AUTHORITIES] });
    expect(byId.get('woe')).toMatchObject({ label: WOE_LABEL, kind: 'evidence-base-area', members: [...WOE_AUTHORITIES] });
    expect(byId.get('E06000024')?.combinedAuthority).toBeUndefined();
  });

  it('puts a recoded authority into its combined authority under the code the data uses', () => {
    expect(byId.get('E47000002')?.members).toEqual(['E08000016']);
    expect(byId.get('E08000016')?.combinedAuthority).toBe('E47000002');
  });

  it('marks a combined authority absent from the May 2024 lookup as new', () => {
    expect(byId.get('E47000002')?.newSince2024).toBe(true);
    expect(byId.get(WECA_ID)?.newSince2024).toBe(false);
  });

  it('makes England every authority given', () => {
    expect(byId.get('E92000001')?.members).toHaveLength(authorities.length);
  });

  it('refuses a lookup code that matches no authority, naming file, row and column', () => {
    const bad = buildAreas({
      authorities,
      lookup2025: lookup([...weca, row('E08000099', 'Nowhere', 'E47000002', 'South Yorkshire')]),
      lookup2024: lookup(weca),
    });
    expect(bad.problems.map(formatProblem)).toEqual([
      'data/lookup.csv, row 5, column "LAD25CD": expected a local authority code found in the data (data/ons-regional-gdp-2025.csv), after the code changes in src/series/compare/laCodes.ts; found "E08000099" (Nowhere), which matches no authority',
    ]);
  });
});
