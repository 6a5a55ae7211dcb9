/**
 * Text in code-point order: the tie-breaker that keeps equal values in a fixed
 * order. Not `localeCompare`: a page's first collator loads ICU's collation
 * data, tens of milliseconds on the way to hydration, for an order no reader
 * can tell apart here (English place and series names). A list a reader sorts
 * by name (a table's column) still uses the en-GB collation.
 */
export const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
