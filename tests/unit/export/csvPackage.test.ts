import { describe, expect, it } from 'vitest';
import { csvPackage } from '../../../src/export/csvPackage';
import { provenance } from '../../../src/export/provenance';
import { csvBytes } from '../../../src/export/toCsv';
import { parseCsv, pythonUnzip, source, universityIncome } from './support';

const args = {
  table: universityIncome,
  dataset: 'university-income',
  title: 'University income from business services',
  subtitle: '£ million, 2016/17',
  finding: 'Bristol earns the most.',
  sources: [source()],
  url: 'https://example.org/#chart=university-income',
  downloadedAt: new Date('2026-11-22T10:15:00Z'),
  view: 'as shown' as const,
};

describe('csvPackage: the "Download data" file', () => {
  const pkg = csvPackage(args);
  const zip = pythonUnzip(pkg.bytes);

  it('is a ZIP named like west-of-england_university-income_as-shown_2026-11-22.zip', () => {
    expect(pkg.name).toBe('west-of-england_university-income_as-shown_2026-11-22.zip');
    expect(zip.test).toBeNull();
  });

  it('holds the CSV, README.txt and metadata.json', () => {
    expect(zip.entries.map((e) => e.name)).toEqual([
      'west-of-england_university-income_as-shown_2026-11-22.csv',
      'README.txt',
      'metadata.json',
    ]);
  });

  it('has a CSV with the BOM that reads back as the table', () => {
    const csv = zip.entries[0]!.data;
    expect(Buffer.compare(csv, Buffer.from(csvBytes(universityIncome)))).toBe(0);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parseCsv(csv.subarray(3).toString('utf8'))[1]).toEqual(['University of Bristol', '34477.123456']);
  });

  it('has a README and metadata that name the CSV beside them', () => {
    const expected = provenance({ ...args, dataFile: 'west-of-england_university-income_as-shown_2026-11-22.csv' });
    expect(zip.entries[1]!.data.toString('utf8')).toBe(expected.readme);
    expect(zip.entries[2]!.data.toString('utf8')).toBe(expected.json);
    expect(JSON.parse(zip.entries[2]!.data.toString('utf8')).dataFile).toBe('west-of-england_university-income_as-shown_2026-11-22.csv');
  });

  it('dates the files with the download time', () => {
    const d = args.downloadedAt;
    expect(zip.entries[0]!.dateTime.slice(0, 5)).toEqual([d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()]);
  });
});
