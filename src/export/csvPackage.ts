import { zipSync } from 'fflate';
import type { TableData } from '../series/types';
import { exportFileName } from './fileName';
import type { ProvenanceInput } from './provenance';
import { provenance } from './provenance';
import { csvBytes } from './toCsv';

/**
 * The "Download data" file: a ZIP holding the CSV, README.txt and
 * metadata.json. Why a ZIP rather than a CSV with its provenance inside:
 * - the CSV stays clean, one header row and then data, so Excel, R, pandas
 *   and a database import read it with no rows to skip;
 * - the title, licence, attribution, caveats and link cannot fit a CSV
 *   without breaking that, yet must travel with the figures (the Open
 *   Government Licence asks for the attribution to be kept);
 * - every operating system opens a ZIP without extra software.
 */

export interface CsvPackageInput extends Omit<ProvenanceInput, 'dataFile'> {
  readonly table: TableData;
  /** Dataset or chart id, for the file names. */
  readonly dataset: string;
}

export interface CsvPackage {
  /** e.g. west-of-england_university-income_as-shown_2026-11-22.zip */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export function csvPackage({ table, dataset, ...about }: CsvPackageInput): CsvPackage {
  const base = { dataset, view: about.view, date: about.downloadedAt };
  const csvName = exportFileName({ ...base, ext: 'csv' });
  const { readme, json } = provenance({ ...about, dataFile: csvName });
  const text = new TextEncoder();
  // The entries carry the download time, so unpacked files show when they were fetched.
  const date = about.downloadedAt;
  // Stored, not deflated: the files are small, and a CSV opens the same in every unzipper.
  const opts = { level: 0, mtime: date } as const;
  const bytes = zipSync({
    [csvName]: [csvBytes(table), opts],
    'README.txt': [text.encode(readme), opts],
    'metadata.json': [text.encode(json), opts],
  });
  return { name: exportFileName({ ...base, ext: 'zip' }), bytes };
}
