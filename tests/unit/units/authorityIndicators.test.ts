import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../../src/datasets/loadCatalog';
import { tabById } from '../../../src/dashboard/tabs';
import { toCsv } from '../../../src/export/toCsv';
import { periodWords } from '../../../src/series/compare/periodWords';
import {
  employmentByAuthority,
  gigabitByAuthority,
  payByAuthority,
  productivityByAuthority,
  skillsByAuthority,
} from '../../../src/units/authorityIndicators';
import type { PerAuthorityIndicatorData } from '../../../src/units/perAuthorityIndicator.derive';
import { rankAuthorities } from '../../../src/units/perAuthorityIndicator';
import { DERIVERS } from '../../../src/units/derivers';
import type { TypedUnit } from '../../../src/units/unit';

/**
 * Reference values computed independently with Python's csv and statistics
 * modules from data/ons-subnational-indicators-2024-03.csv (`real`), over the
 * English authorities on 2023 boundaries (the 296 of the GDP file, Barnsley and
 * Sheffield by their 2023 codes); rank = 1 + how many authorities are higher:
 *  - GVA per hour 2021, 292 with a value, median £34.34: South Gloucestershire 26th (£49.57), Bristol 162nd tied (£33.63),
 *    North Somerset 221st (£30.96), Bath and North East Somerset 267th (£28.45).
 *  - Median weekly pay 2023, 290, median £574.50: North Somerset 111th (£595.40), South Gloucestershire 117th (£592.30),
 *    Bristol 118th (£591.20), Bath and North East Somerset 166th (£564.10).
 *  - Employment rate 16-64, Oct 2022-Sep 2023, 290, median 77.35%: North Somerset 32nd tied (83.9), South Gloucestershire 36th (83.4),
 *    Bath and North East Somerset 83rd tied (80.2), Bristol 155th tied (76.7).
 *  - NVQ3+ 16-64 2021, 290, median 60.25%: Bristol 28th (72.4), Bath and North East Somerset 36th (71.4),
 *    South Gloucestershire 83rd tied (65.5), North Somerset 98th tied (64.2).
 *  - Gigabit broadband Sep 2023, 292, median 77.85%: Bristol 21st tied (92.6), South Gloucestershire 133rd (80.8),
 *    North Somerset 191st tied (72.7), Bath and North East Somerset 220th tied (67.0).
 * The file has no England row (no E92000001), so no card can show England's rate.
 */
const REFERENCE = {
  'productivity-by-authority': { n: 292, median: 34.34, ranks: { E06000025: 26, E06000023: 162, E06000024: 221, E06000022: 267 } },
  'pay-by-authority': { n: 290, median: 574.5, ranks: { E06000024: 111, E06000025: 117, E06000023: 118, E06000022: 166 } },
  'employment-by-authority': { n: 290, median: 77.35, ranks: { E06000024: 32, E06000025: 36, E06000022: 83, E06000023: 155 } },
  'skills-by-authority': { n: 290, median: 60.25, ranks: { E06000023: 28, E06000022: 36, E06000025: 83, E06000024: 98 } },
  'gigabit-by-authority': { n: 292, median: 77.85, ranks: { E06000023: 21, E06000025: 133, E06000024: 191, E06000022: 220 } },
} as const;

const CARDS = [productivityByAuthority, payByAuthority, employmentByAuthority, skillsByAuthority, gigabitByAuthority] as const;
const INDICATOR: Record<string, string> = {
  'productivity-by-authority': 'Gross value added per hour worked',
  'pay-by-authority': 'Gross median weekly pay',
  'employment-by-authority': 'Aged 16 to 64 years employment rate (Great Britain)',
  'skills-by-authority': 'Aged 16 to 64 years NVQ level 3 or above qualifications (Great Britain)',
  'gigabit-by-authority': 'Gigabit capable broadband',
};

const d = loadCatalog(process.cwd()).datasets!;
const csv = Papa.parse<Record<string, string>>(readFileSync('data/ons-subnational-indicators-2024-03.csv', 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;
/** The data as shipped: derived, then through JSON. */
const shipped = (u: TypedUnit<PerAuthorityIndicatorData>) => JSON.parse(JSON.stringify(DERIVERS[u.id]?.(d))) as PerAuthorityIndicatorData;
const BRISTOL = 'E06000023';
const FOUR = ['E06000022', 'E06000023', 'E06000024', 'E06000025'];

describe('per-authority indicator cards on the theme tabs', { timeout: 60_000 }, () => {
  it('sit on the matching theme tabs', () => {
    const ids = (tab: Parameters<typeof tabById>[0]) => tabById(tab).charts.map((u) => u.id);
    expect(ids('business')).toEqual(expect.arrayContaining(['productivity-by-authority', 'pay-by-authority']));
    expect(ids('inclusive-growth')).toEqual(expect.arrayContaining(['employment-by-authority', 'skills-by-authority']));
    expect(ids('infrastructure')).toContain('gigabit-by-authority');
  });

  for (const u of CARDS) {
    describe(u.id, () => {
      const data = shipped(u);
      const ref = REFERENCE[u.id as keyof typeof REFERENCE];
      const v = u.view(data, {});
      const { rows } = rankAuthorities(data);

      it('ships one measure, aligned with the authority list, and Bristol’s value is the published one', () => {
        expect(Object.keys(data).sort()).toEqual(['codes', 'missing', 'names', 'period', 'values']);
        expect(data.codes).toHaveLength(296);
        expect(data.names).toHaveLength(296);
        expect(data.values).toHaveLength(296);
        const row = csv.find((r) => r.unique === BRISTOL && r.Indicator === INDICATOR[u.id]);
        expect(data.values[data.codes.indexOf(BRISTOL)]).toBe(Number(row?.real));
        expect(data.names[data.codes.indexOf(BRISTOL)]).toBe('Bristol');
        expect(u.subtitle).toContain(data.period);
        expect(periodWords(row?.Period ?? '')).toBe(data.period);
      });

      it('has no England figure to show (the file has none): the reference line is the median authority, so labelled', () => {
        expect(csv.some((r) => r.unique === 'E92000001')).toBe(false);
        expect(data.codes).not.toContain('E92000001');
        if (v.body.kind !== 'strip') throw new Error('a strip');
        expect(v.body.references).toHaveLength(1);
        expect(v.body.references[0]?.label).toBe(`Median of ${ref.n} authorities`);
        expect(rankAuthorities(data).median).toBeCloseTo(ref.median, 9);
        // Drawn and written at the precision of the values (77.35% → 77.4%).
        expect(Math.abs((v.body.references[0]?.value ?? 0) - ref.median)).toBeLessThanOrEqual(
          (v.body.unit === 'percent' ? 0.05 : 0.005) + 1e-9,
        );
        expect(u.notes?.join(' ')).toMatch(/not England’s rate/);
        expect(u.notes?.join(' ')).toMatch(/published per authority; not averaged into an area figure/i);
      });

      it('draws every English authority with a value, the four highlighted, and names each one’s rank in the finding', () => {
        if (v.body.kind !== 'strip') throw new Error('a strip');
        expect(v.body.points).toHaveLength(ref.n);
        expect(
          v.body.points
            .filter((p) => p.highlight)
            .map((p) => p.id)
            .sort(),
        ).toEqual(FOUR);
        expect(v.body.hero).toBe('series-0');
        for (const [code, rank] of Object.entries(ref.ranks)) {
          const r = rows.find((x) => x.code === code);
          expect(r?.rank).toBe(rank);
          expect(v.finding).toMatch(new RegExp(`${r?.name} (joint )?${rank}(st|nd|rd|th)`));
        }
        expect(v.finding).toContain(`of ${ref.n} (`);
        expect(v.finding).toContain(data.period);
      });

      it('tables exactly what is drawn: every authority by rank, the four flagged, then the median; the CSV carries the same', () => {
        if (v.body.kind !== 'strip') throw new Error('a strip');
        expect(v.table.columns.map((c) => c.label)).toEqual([
          'Rank of ' + ref.n,
          'Code',
          'Local authority',
          expect.stringContaining(data.period),
        ]);
        expect(v.table.rows).toHaveLength(ref.n + 1);
        const drawn = new Map(v.body.points.map((p) => [p.id, p.value]));
        for (const row of v.table.rows.slice(0, -1)) expect(row[3]).toBe(drawn.get(row[1] as string));
        const ranks = v.table.rows.slice(0, -1).map((r) => r[0] as number);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        expect(v.table.rows.filter((r) => String(r[2]).endsWith('(West of England)'))).toHaveLength(4);
        expect(v.table.rows.at(-1)?.[2]).toMatch(/^Median of \d+ authorities \(not England’s rate\)$/);
        const lines = toCsv(v.table).trimEnd().split('\r\n');
        expect(lines).toHaveLength(ref.n + 2);
        expect(lines.find((l) => l.includes(BRISTOL))).toBe(
          `${ref.ranks[BRISTOL as keyof typeof ref.ranks]},${BRISTOL},Bristol (West of England),${data.values[data.codes.indexOf(BRISTOL)]}`,
        );
      });

      it('says which authorities have no value and why', () => {
        const notes = v.viewNotes?.join(' ') ?? '';
        expect(notes).toMatch(/No value for Cumberland, Westmorland and Furness, North Yorkshire and Somerset: formed in 2023/);
        if (ref.n === 290) expect(notes).toMatch(/Isles of Scilly and City of London: not available/);
      });
    });
  }

  describe('titles state what the data shows', () => {
    const view = (u: TypedUnit<PerAuthorityIndicatorData>) => {
      const r = rankAuthorities(shipped(u));
      const by = (code: string) => r.rows.find((x) => x.code === code)!;
      return { ...r, n: r.rows.length, by, below: (code: string) => by(code).value < (r.median ?? 0) };
    };
    const [BANES, BRISTOL_, NORTH_SOMERSET, SOUTH_GLOS] = FOUR as [string, string, string, string];

    it('productivity: South Gloucestershire in the top tenth, the other three below the median', () => {
      const t = view(productivityByAuthority);
      expect(productivityByAuthority.title).toMatch(/top tenth in South Gloucestershire and below the middle in the other three/);
      expect(t.by(SOUTH_GLOS).rank).toBeLessThanOrEqual(t.n / 10);
      for (const c of [BANES, BRISTOL_, NORTH_SOMERSET]) expect(t.below(c)).toBe(true);
    });

    it('pay: three of the four just above the median (above it, outside the top quarter), Bath and North East Somerset below', () => {
      const t = view(payByAuthority);
      expect(payByAuthority.title).toMatch(
        /three of the four authorities is just above the middle English authority’s; in Bath and North East Somerset it is below/,
      );
      for (const c of [BRISTOL_, NORTH_SOMERSET, SOUTH_GLOS]) {
        expect(t.below(c)).toBe(false);
        expect(t.by(c).rank).toBeGreaterThan(t.n / 4);
      }
      expect(t.below(BANES)).toBe(true);
    });

    it('employment: North Somerset and South Gloucestershire in the top eighth, Bristol within a point below the median', () => {
      const t = view(employmentByAuthority);
      expect(employmentByAuthority.title).toMatch(
        /top eighth in North Somerset and South Gloucestershire; Bristol’s rate is just below the middle/,
      );
      for (const c of [NORTH_SOMERSET, SOUTH_GLOS]) expect(t.by(c).rank).toBeLessThanOrEqual(t.n / 8);
      expect(t.below(BRISTOL_)).toBe(true);
      expect((t.median ?? 0) - t.by(BRISTOL_).value).toBeLessThan(1);
    });

    it('skills: all four in the top half, Bristol and Bath and North East Somerset in the top eighth', () => {
      const t = view(skillsByAuthority);
      expect(skillsByAuthority.title).toMatch(
        /All four authorities are in England’s top half .* Bristol and Bath and North East Somerset near the top/,
      );
      for (const c of FOUR) expect(t.by(c).rank).toBeLessThanOrEqual(t.n / 2);
      for (const c of [BRISTOL_, BANES]) expect(t.by(c).rank).toBeLessThanOrEqual(t.n / 8);
    });

    it('gigabit: Bristol in the top tenth, North Somerset and Bath and North East Somerset below the median', () => {
      const t = view(gigabitByAuthority);
      expect(gigabitByAuthority.title).toMatch(
        /Bristol is in England’s top tenth .*; North Somerset and Bath and North East Somerset are below the middle/,
      );
      expect(t.by(BRISTOL_).rank).toBeLessThanOrEqual(t.n / 10);
      for (const c of [NORTH_SOMERSET, BANES]) expect(t.below(c)).toBe(true);
    });
  });

  it('rank: equal values share a rank and are called joint; the median of an even count is the mean of the middle two', () => {
    const r = rankAuthorities({
      period: '2021',
      codes: ['A', 'B', 'C', 'D'],
      names: ['a', 'b', 'c', 'd'],
      values: [3, 5, 3, 1],
      missing: [],
    });
    expect(r.rows.map((x) => [x.code, x.rank, x.joint])).toEqual([
      ['B', 1, false],
      ['A', 2, true],
      ['C', 2, true],
      ['D', 4, false],
    ]);
    expect(r.median).toBe(3);
    expect(rankAuthorities({ period: '', codes: ['A', 'B'], names: ['a', 'b'], values: [1, null], missing: [] }).median).toBe(1);
  });
});

describe('periodWords', () => {
  it('writes the ONS periods in words and keeps anything else as written', () => {
    expect(periodWords('2021')).toBe('2021');
    expect(periodWords('Sep-23')).toBe('September 2023');
    expect(periodWords('10/2022 - 09/2023')).toBe('October 2022 to September 2023');
    expect(periodWords('13/2022 - 09/2023')).toBe('13/2022 - 09/2023');
    expect(periodWords('Foo-23')).toBe('Foo-23');
  });
});
