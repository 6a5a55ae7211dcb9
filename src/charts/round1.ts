/** A coordinate rounded to 0.1 px: stable SVG text (tests, diffs, exports) at no visible cost. */
export const round1 = (v: number): number => Math.round(v * 10) / 10;
