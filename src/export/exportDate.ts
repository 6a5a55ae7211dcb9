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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function exportDate(d: Date): ExportDate {
  if (Number.isNaN(d.getTime())) throw new Error('exportDate: the download date is not a valid date');
  const iso = d.toISOString();
  // By hand, not Intl.DateTimeFormat: a page's first Intl formatter loads locale data, tens of milliseconds, and the print line fills in as the page hydrates.
  return { iso, day: iso.slice(0, 10), long: `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()] as string} ${d.getUTCFullYear()}` };
}
