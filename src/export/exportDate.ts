/**
 * The download moment in the forms an export shows it. All in UTC, so the day
 * in the file name, the README, metadata.json and the SVG footer agree for the
 * same moment wherever the reader is.
 */
export interface ExportDate {
  /** 2026-11-22T10:15:00.000Z */
  readonly iso: string;
  /** 2026-11-22: sorts by name, safe in a file name. */
  readonly day: string;
  /** 22 November 2026: unambiguous to a reader, unlike 11/22 or 22/11. */
  readonly long: string;
}

const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function exportDate(d: Date): ExportDate {
  if (Number.isNaN(d.getTime())) throw new Error('exportDate: the download date is not a valid date');
  const iso = d.toISOString();
  return { iso, day: iso.slice(0, 10), long: LONG.format(d) };
}
