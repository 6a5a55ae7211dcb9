const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const SHORT = MONTHS.map((m) => m.slice(0, 3).toLowerCase());

/**
 * A period as the ONS subnational indicators write it, in words:
 * "2021" → "2021", "Sep-23" → "September 2023",
 * "10/2022 - 09/2023" → "October 2022 to September 2023". Anything else is kept as written.
 */
export function periodWords(period: string): string {
  const p = period.trim();
  const monYy = /^([A-Za-z]{3})-(\d{2})$/.exec(p);
  if (monYy) {
    const i = SHORT.indexOf((monYy[1] as string).toLowerCase());
    if (i >= 0) return `${MONTHS[i]} 20${monYy[2]}`;
  }
  const range = /^(\d{2})\/(\d{4})\s*-\s*(\d{2})\/(\d{4})$/.exec(p);
  if (range) {
    const [, m1, y1, m2, y2] = range as unknown as [string, string, string, string, string];
    const a = MONTHS[Number(m1) - 1];
    const b = MONTHS[Number(m2) - 1];
    if (a && b) return `${a} ${y1} to ${b} ${y2}`;
  }
  return p;
}
