/**
 * Write a deterministic, synthetic CSV shaped like the full ONS subnational
 * population projections in long format: every local authority × single year
 * of age (0..89 and "90 and over") × projection year (2022..2047) × sex.
 * ≈ 1.7 million rows, ≈ 70 MB. The figures are invented (seeded PRNG), the
 * shape, codes, quoting and number format follow the ONS files.
 *
 *   tsx bench/generateNationalCsv.ts [out.csv]      (default .tmp/bench/snpp-national.csv)
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

export const NATIONAL = {
  authorities: 360,
  ages: [...Array.from({ length: 90 }, (_, i) => String(i)), '90 and over'] as readonly string[],
  firstYear: 2022,
  lastYear: 2047,
  sexes: ['female', 'male'] as const,
  seed: 20190719, // the Local Industrial Strategy's publication date
};

export const HEADER = ['AREA_CODE', 'AREA_NAME', 'SEX', 'AGE_GROUP', 'YEAR', 'VALUE'] as const;

export const DEFAULT_CSV = resolve(import.meta.dirname, '../.tmp/bench/snpp-national.csv');

/** mulberry32: a small, fast, seeded PRNG; the same seed gives the same file on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** ONS-style codes: unitary authorities E06, districts E07, London boroughs E09, metropolitan E08, then Wales W06. */
function areaCode(i: number): string {
  const prefixes = ['E06', 'E07', 'E08', 'E09', 'W06'];
  const prefix = prefixes[i % prefixes.length] as string;
  return `${prefix}${String(1 + Math.floor(i / prefixes.length)).padStart(6, '0')}`;
}

const STEMS = ['Ashford', 'Bristol', 'Carlisle', 'Dover', 'Exeter', 'Frome', 'Gloucester', 'Hull', 'Ipswich', 'Kendal', 'Leeds', 'Malvern'];

/** Some real names carry a comma ("Bristol, City of"), so the file has quoted fields as ONS files do. */
function areaName(i: number): string {
  const stem = `${STEMS[i % STEMS.length] as string} ${Math.floor(i / STEMS.length) + 1}`;
  return i % 24 === 5 ? `"${stem}, City of"` : i % 7 === 3 ? `${stem} and District` : stem;
}

export interface Generated {
  readonly file: string;
  readonly rows: number;
  readonly bytes: number;
}

/** Write the file in ~1 MB chunks; returns where it went and how big it is. */
export function generateNationalCsv(file: string = DEFAULT_CSV): Generated {
  const { authorities, ages, firstYear, lastYear, sexes, seed } = NATIONAL;
  const random = prng(seed);
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  let chunk = `${HEADER.join(',')}\n`;
  let rows = 0;
  let bytes = 0;
  const flush = () => {
    bytes += writeSync(fd, chunk);
    chunk = '';
  };
  try {
    for (let a = 0; a < authorities; a++) {
      const code = areaCode(a);
      const name = areaName(a);
      const size = 30_000 + random() * 330_000; // total population of the authority
      const growth = -0.004 + random() * 0.014; // per year
      const ageing = random() * 0.02; // extra growth per year at 65+
      for (const sex of sexes) {
        for (let g = 0; g < ages.length; g++) {
          // A plausible age profile: flat to 60, then falling away; the open band collects the tail.
          const shape = g < 60 ? 1 : g < 90 ? Math.exp(-(g - 60) / 12) : 1.6;
          let value = ((size / 2) * shape * (0.9 + random() * 0.2)) / 72;
          for (let y = firstYear; y <= lastYear; y++) {
            chunk += `${code},${name},${sex},${ages[g] as string},${y},${value.toFixed(3)}\n`;
            rows++;
            value *= 1 + growth + (g >= 65 ? ageing : 0) + (random() - 0.5) * 0.004;
          }
          if (chunk.length > 1 << 20) flush();
        }
      }
    }
    flush();
  } finally {
    closeSync(fd);
  }
  return { file, rows, bytes };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const started = performance.now();
  const out = generateNationalCsv(process.argv[2] ? resolve(process.argv[2]) : DEFAULT_CSV);
  console.log(
    `wrote ${out.file}: ${out.rows.toLocaleString('en-GB')} rows, ${(out.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}
