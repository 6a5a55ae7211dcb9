import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../src/export/fileName';

const date = new Date('2026-11-22T10:15:00Z');

describe('exportFileName', () => {
  it('names a file by place, dataset, view and day', () => {
    expect(exportFileName({ dataset: 'university-income', view: 'as shown', date, ext: 'csv' })).toBe(
      'west-of-england_university-income_as-shown_2026-11-22.csv',
    );
    expect(exportFileName({ dataset: 'ons-regional-gdp-2021', view: 'full dataset', date, ext: '.zip' })).toBe(
      'west-of-england_ons-regional-gdp-2021_full-dataset_2026-11-22.zip',
    );
  });

  it('lower-cases and transliterates: accents dropped, ß æ ø spelled out, & as "and"', () => {
    expect(exportFileName({ dataset: 'Données Économiques: Straße, Ærø & Łódź', view: 'As Shown', date, ext: 'CSV' })).toBe(
      'west-of-england_donnees-economiques-strasse-aero-and-lodz_as-shown_2026-11-22.csv',
    );
  });

  it('cannot be a path: slashes, dots and other symbols become single hyphens', () => {
    const name = exportFileName({ dataset: '../../etc/passwd', view: 'as shown', date, ext: 'csv' });
    expect(name).toBe('west-of-england_etc-passwd_as-shown_2026-11-22.csv');
    expect(exportFileName({ dataset: 'a\\b/c:d*e?f"g<h>i|j', view: 'x', date, ext: 'svg' })).toBe(
      'west-of-england_a-b-c-d-e-f-g-h-i-j_x_2026-11-22.svg',
    );
  });

  it('uses the UTC day, so the name agrees with the README wherever the reader is', () => {
    expect(exportFileName({ dataset: 'd', view: 'as shown', date: new Date('2026-11-22T23:59:59Z'), ext: 'csv' })).toContain(
      '_2026-11-22.',
    );
  });

  it('falls back to "chart" when the dataset has no letters or digits left', () => {
    expect(exportFileName({ dataset: '£££ / 😀', view: 'as shown', date, ext: 'png' })).toBe(
      'west-of-england_chart_as-shown_2026-11-22.png',
    );
  });

  it('keeps at most 100 characters before the extension, shortening the dataset and keeping view and date', () => {
    const name = exportFileName({ dataset: 'word '.repeat(60), view: 'full dataset', date, ext: 'zip' });
    const base = name.slice(0, -'.zip'.length);
    expect(base.length).toBeLessThanOrEqual(100);
    expect(base).toMatch(/^west-of-england_word(-word)*_full-dataset_2026-11-22$/);
  });

  it('refuses an empty extension and an invalid date', () => {
    expect(() => exportFileName({ dataset: 'd', view: 'v', date, ext: '.' })).toThrow(/not a file extension/);
    expect(() => exportFileName({ dataset: 'd', view: 'v', date: new Date('nonsense'), ext: 'csv' })).toThrow(/not a valid date/);
  });

  it('for any dataset and view (500 random cases): [a-z0-9_-] only, at most 100 before the extension', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 80 }), (dataset, view) => {
        const name = exportFileName({ dataset, view, date, ext: 'csv' });
        expect(name).toMatch(/^[a-z0-9_-]{1,100}\.csv$/);
        expect(name).not.toMatch(/--|-_|_-/);
      }),
      { numRuns: 500 },
    );
  });
});
