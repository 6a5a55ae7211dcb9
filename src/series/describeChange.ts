interface Words {
  readonly up: string;
  readonly down: string;
  readonly same: string;
}

const TREND: Words = { up: 'rising', down: 'falling', same: 'level' };

/**
 * The word for a change, read from the data rather than written into a
 * finding: "rising"/"falling" by default, or the caller's pair ("grew"/"fell").
 * Changes smaller than `tolerance` (in the values' own units) count as none.
 */
export function changeWord(from: number, to: number, words: Words = TREND, tolerance = 0): string {
  if (Math.abs(to - from) <= tolerance) return words.same;
  return to > from ? words.up : words.down;
}

/** "grew"/"fell" for a percentage change. */
export const grewOrFell = (pct: number): string => changeWord(0, pct, { up: 'grew', down: 'fell', same: 'did not change' });
