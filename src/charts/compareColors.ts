/**
 * The colours the comparison charts (RankedBars, StripPlot, HexMap) draw
 * with, as one small object the dashboard fills from its palette: on the page
 * CSS variables, in an export concrete hex values. The charts read no CSS.
 */
export interface CompareColors {
  /** The West of England: bars, dots and their labels. */
  readonly hero: string;
  /** Every other area: grey context. */
  readonly muted: string;
  /** England (or another reference): distinct from the rest but not loud. */
  readonly reference: string;
  /** The thick outline of the West of England hexes. */
  readonly outline: string;
  /** Hexes without a value (also hatched, so grey is not the only cue). */
  readonly noData: string;
  /** Low to high, for values that do not straddle zero. */
  readonly sequential: readonly string[];
  /** Most negative to most positive, an even number of steps so zero is a boundary. */
  readonly diverging: readonly string[];
}

export { DIVERGING_RAMPS, SEQUENTIAL_RAMPS } from '../themes/ramps';
