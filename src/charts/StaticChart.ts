import { createContext } from 'react';

/**
 * Set when a chart is rendered to static markup for an export: the frame
 * then draws the chart alone (no focus layer, no tooltip, no page wrapper)
 * and records the size it drew at, so the picture around it can be laid out.
 */
export interface StaticChart {
  /** Told the size the chart drew at. */
  readonly report: (size: { readonly width: number; readonly height: number }) => void;
}

export const StaticChartContext = createContext<StaticChart | null>(null);
