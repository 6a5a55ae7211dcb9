import type { Palette } from '../../themes/palette';
import { LIVE_PALETTE } from '../../themes/palette';

/** On a projector there is no thin grey text: axis labels take the text colour (as Slide.tsx does for charts). */
export const PROJECTOR_PALETTE: Palette = { ...LIVE_PALETTE, muted: 'var(--ee-text)' };
