import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { TableData } from '../../../src/series/types';
import type { SourceCard } from '../../../src/series/buildEvidence';

/** Parse CSV text the way a script would: RFC 4180, CRLF records, nothing typed. */
export function parseCsv(text: string): string[][] {
  if (!text.endsWith('\r\n')) throw new Error('CSV does not end its last record with CRLF');
  const result = Papa.parse<string[]>(text.slice(0, -2), { delimiter: ',', newline: '\r\n', quoteChar: '"', escapeChar: '"' });
  if (result.errors.length) throw new Error(`papaparse: ${JSON.stringify(result.errors)}`);
  return result.data;
}

/** What a spreadsheet user sees once the formula guard's apostrophe is hidden. */
export const unguard = (s: string): string => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

export const headerOf = (c: TableData['columns'][number]): string => (c.unit ? `${c.label} (${c.unit})` : c.label);

export interface Unzipped {
  readonly test: string | null;
  readonly entries: { name: string; data: Buffer; dateTime: number[]; flags: number; method: number; crc: number }[];
}

/** Read an archive with Python's zipfile: an independent implementation, strict about headers and CRCs. */
export function withZipFile<T>(bytes: Uint8Array, fn: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'ee-zip-'));
  try {
    const path = join(dir, 'export.zip');
    writeFileSync(path, bytes);
    return fn(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const PY = `
import base64, json, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
print(json.dumps({
  "test": z.testzip(),
  "entries": [
    {"name": i.filename, "data": base64.b64encode(z.read(i)).decode(), "dateTime": list(i.date_time),
     "flags": i.flag_bits, "method": i.compress_type, "crc": i.CRC}
    for i in z.infolist()
  ],
}))
`;

export function pythonUnzip(bytes: Uint8Array): Unzipped {
  return withZipFile(bytes, (path) => {
    const out = JSON.parse(execFileSync('python3', ['-c', PY, path], { encoding: 'utf8' })) as {
      test: string | null;
      entries: (Omit<Unzipped['entries'][number], 'data'> & { data: string })[];
    };
    return { test: out.test, entries: out.entries.map((e) => ({ ...e, data: Buffer.from(e.data, 'base64') })) };
  });
}

export const source = (over: Partial<SourceCard> = {}): SourceCard => ({
  id: 'ons-regional-gdp-2021',
  title: 'Regional gross domestic product: local authorities, 1998 to 2019',
  row: 'One measure for one local authority in one year',
  source: 'ONS, Regional gross domestic product: local authorities (Tables 1, 5-11)',
  publisher: 'Office for National Statistics',
  url: 'https://www.ons.gov.uk/economy/grossdomesticproductgdp/datasets/regionalgrossdomesticproductlocalauthorities',
  released: '2021-05-26',
  period: '1998 to 2019 (2019 provisional)',
  geography: 'Bath and North East Somerset, Bristol, North Somerset, South Gloucestershire',
  vintage: 'ONS regional GDP (released May 2021, corrected June 2021)',
  licence: 'Open Government Licence v3.0',
  attribution: 'Source: Office for National Statistics. Contains public sector information licensed under the Open Government Licence v3.0',
  caveats: ['2019 figures are provisional.', 'Later ONS releases revise these figures.'],
  notes: ["Table 12 (annual real growth, with '-' for 1998) is left out; growth is computed from Table 10."],
  file: 'ons-regional-gdp-2021.csv',
  rows: 5712,
  columns: [
    { name: 'year', description: 'Calendar year' },
    { name: 'value', unit: '£m', description: 'The measure' },
  ],
  ...over,
});

export const universityIncome: TableData = {
  columns: [
    { key: 'university', label: 'University' },
    { key: 'income', label: 'Income from business services', unit: '£m' },
  ],
  rows: [
    ['University of Bristol', 34477.123456],
    ['Bath Spa University', 3.5],
    ['UWE Bristol', null],
  ],
};
