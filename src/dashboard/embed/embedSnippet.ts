import { withDefaults } from '../../units/withDefaults';
import { dataOf } from '../useChartView';
import type { ChartUnit as ChartSpec } from '../../units/unit';

/**
 * The iframe a host page pastes to show one chart. Its width follows the
 * host's column; its height is fixed, set when the snippet is copied to the
 * height the card has on screen then (without its filters, which the embed
 * leaves out, plus the credit line), so it fits that chart with those choices.
 * A height that follows the content live would need the embed to post its
 * height to a script on the host page: one more script for the host to
 * allow in its CSP and to trust. A fixed height needs no script at all.
 */
export function embedHeight(spec: ChartSpec, cardHeight?: number): number {
  if (cardHeight !== undefined && Number.isFinite(cardHeight) && cardHeight > 0) {
    return Math.min(1600, Math.max(600, Math.ceil((cardHeight + CREDIT) / 10) * 10));
  }
  // Not measured (no layout): what the cards measure at 600–800 px wide.
  const kind = spec.view(dataOf(spec), withDefaults(spec, undefined)).body.kind;
  return (kind === 'smallMultiples' ? 950 : 820) + (spec.thenAndNow ? 200 : 0);
}

/** The embed page's padding and its credit line under the card, in CSS pixels. */
const CREDIT = 70;

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `src` is the embed page's absolute address, with the chart's choices. */
export function embedSnippet(spec: ChartSpec, src: string, cardHeight?: number): string {
  return (
    `<iframe src="${escapeAttr(src)}" title="${escapeAttr(spec.title)}" loading="lazy" ` +
    `referrerpolicy="no-referrer" style="width:100%;height:${embedHeight(spec, cardHeight)}px;border:0"></iframe>`
  );
}
