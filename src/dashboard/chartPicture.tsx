import { renderToStaticMarkup } from 'react-dom/server';
import type { StaticChart } from '../charts/StaticChart';
import { StaticChartContext } from '../charts/StaticChart';
import { paletteOf } from '../themes/palette';
import type { Theme, ThemeName } from '../themes/themes';
import { THEMES } from '../themes/themes';
import type { ChartBody } from '../units/unit';
import { ChartBodyView } from './ChartBodyView';
import { loadAllKinds } from './chartKinds';

// A picture is drawn in one synchronous pass: every chart kind's chunk is in before this module is.
await loadAllKinds();

export interface ChartPicture {
  /** SVG elements, concrete colours, no outer <svg>: what standaloneSvg nests. */
  readonly markup: string;
  readonly width: number;
  readonly height: number;
}

/**
 * The chart drawn from its body for an export (SVG, PNG): the same
 * components as on the page, with the theme's concrete palette, rendered to
 * static markup. No focus layer, no tooltip, nothing read back from the page.
 */
export function chartPicture(
  body: ChartBody,
  width: number,
  theme: ThemeName | Theme,
  label: string,
  /** A fixed height and text size (a slide); otherwise the page's. */
  fixed: { readonly height?: number; readonly fontSize?: number } = {},
): ChartPicture {
  let size: { width: number; height: number } | undefined;
  const frame: StaticChart = { report: (s) => (size = s) };
  const markup = renderToStaticMarkup(
    <StaticChartContext.Provider value={frame}>
      <ChartBodyView
        body={body}
        width={width}
        height={fixed.height}
        fontSize={fixed.fontSize}
        palette={paletteOf(typeof theme === 'string' ? THEMES[theme] : theme)}
        label={label}
      />
    </StaticChartContext.Provider>,
  );
  if (!size) throw new Error('the chart drew nothing to export');
  return { markup, ...size };
}
