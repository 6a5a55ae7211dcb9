/**
 * The data pipeline at national scale, in its own process so its memory is
 * its own: read the CSV, validate it with the very parseDataset the build
 * uses, then sum single years of age into broad bands (0-14, 15-64, 65+) per
 * authority per year with the app's bandOf. Prints one line of JSON.
 *
 *   node --import tsx bench/pipeline.ts <file.csv>
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDataset } from '../src/datasets/parseDataset';
import { defineSchema, num, text } from '../src/datasets/schema';
import { bandOf } from '../src/series/ageBands';
import { NATIONAL } from './generateNationalCsv';

export const snppNational = defineSchema({
  id: 'bench-snpp-national',
  file: '.tmp/bench/snpp-national.csv',
  columns: [
    text('AREA_CODE', 'areaCode', {
      description: 'ONS local authority code',
      pattern: /^[ENSW]\d{8}$/,
      patternHint: 'a nine-character ONS code such as E06000023',
    }),
    text('AREA_NAME', 'areaName', { description: 'Local authority name', maxLength: 80 }),
    text('SEX', 'sex', { description: 'Sex', oneOf: ['female', 'male'] as const }),
    text('AGE_GROUP', 'ageGroup', { description: 'Single year of age or "90 and over"', oneOf: NATIONAL.ages }),
    num('YEAR', 'year', { description: 'Projection year (mid-year)', unit: 'year', min: 2022, max: 2047, integer: true }),
    num('VALUE', 'value', { description: 'Projected mid-year population', unit: 'persons', min: 0, max: 2e7 }),
  ],
  key: ['areaCode', 'sex', 'ageGroup', 'year'],
});

export interface PipelineResult {
  readonly file: string;
  readonly bytes: number;
  readonly rows: number;
  readonly problems: number;
  readonly authorities: number;
  readonly years: number;
  /** Sum of every band in every year, a check that nothing was dropped. */
  readonly total: number;
  readonly ms: { readonly read: number; readonly parse: number; readonly aggregate: number; readonly total: number };
  /** CPU time of this process (user + system, all threads: GC included), in ms: less sensitive than wall time to a busy machine. */
  readonly cpuMs: number;
  /** Peak resident set size of this process, in bytes (getrusage). */
  readonly maxRssBytes: number;
  /** Peak resident set size from /proc/self/status VmHWM, in bytes, where Linux provides it. */
  readonly vmHwmBytes: number | null;
}

type Bands = { young: Float64Array; working: Float64Array; old: Float64Array };

function vmHwm(): number | null {
  try {
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export function runPipeline(file: string): PipelineResult {
  const t0 = performance.now();
  const bytes = readFileSync(file);
  const t1 = performance.now();
  const { rows, problems } = parseDataset(bytes, snppNational, file);
  const t2 = performance.now();
  if (problems.length > 0) {
    throw new Error(
      `the national CSV failed validation:\n${problems.map((p) => `  row ${p.row}: ${p.expected}; found ${p.found}`).join('\n')}`,
    );
  }
  const { firstYear, lastYear } = NATIONAL;
  const nYears = lastYear - firstYear + 1;
  const byArea = new Map<string, Bands>();
  for (const r of rows) {
    const band = bandOf(r.ageGroup);
    if (!band) continue;
    let bands = byArea.get(r.areaCode);
    if (!bands) {
      bands = { young: new Float64Array(nYears), working: new Float64Array(nYears), old: new Float64Array(nYears) };
      byArea.set(r.areaCode, bands);
    }
    const series = bands[band];
    const i = r.year - firstYear;
    series[i] = (series[i] as number) + r.value;
  }
  let total = 0;
  for (const b of byArea.values())
    for (let i = 0; i < nYears; i++) total += (b.young[i] as number) + (b.working[i] as number) + (b.old[i] as number);
  const t3 = performance.now();
  return {
    file,
    bytes: bytes.length,
    rows: rows.length,
    problems: problems.length,
    authorities: byArea.size,
    years: nYears,
    total: Math.round(total),
    ms: { read: t1 - t0, parse: t2 - t1, aggregate: t3 - t2, total: t3 - t0 },
    cpuMs: (() => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    })(),
    maxRssBytes: process.resourceUsage().maxRSS * 1024, // Node reports kilobytes
    vmHwmBytes: vmHwm(),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node --import tsx bench/pipeline.ts <file.csv>');
    process.exit(2);
  }
  console.log(JSON.stringify(runPipeline(resolve(file))));
}
