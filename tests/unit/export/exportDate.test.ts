import { describe, expect, it } from 'vitest';
import { exportDate } from '../../../src/export/exportDate';

describe('exportDate', () => {
  it('gives ISO time, the ISO day and the en-GB long date, all UTC', () => {
    expect(exportDate(new Date('2026-11-22T10:15:00Z'))).toEqual({
      iso: '2026-11-22T10:15:00.000Z',
      day: '2026-11-22',
      long: '22 November 2026',
    });
    expect(exportDate(new Date('2026-07-01T23:30:00Z')).long).toBe('1 July 2026');
  });

  it('refuses an invalid date', () => {
    expect(() => exportDate(new Date(NaN))).toThrow(/not a valid date/);
  });
});
