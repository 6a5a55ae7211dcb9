import type { Palette } from '../themes/palette';
import { paint } from '../themes/palette';
import type { ColourSlot } from '../themes/palette';
import type { CompareColors } from '../charts/compareColors';
import type { ChartBody } from '../units/unit';

const painted =
  <T extends { readonly color: ColourSlot }>(p: Palette) =>
  (x: T) => ({ ...x, color: paint(p, x.color) });

/** The comparison charts' colours from a palette: the West of England in its slot, comparators the dim grey, England the muted. */
export const compareColors = (p: Palette, hero: ColourSlot): CompareColors => ({
  hero: paint(p, hero),
  muted: p.dim,
  reference: p.muted,
  outline: p.text,
  noData: p.grid,
  sequential: p.sequential,
  diverging: p.diverging,
});

/** A chart body with its colour slots replaced by a palette's colours: CSS variables on the page, concrete colours in an export. */
export function paintBody(body: ChartBody, p: Palette) {
  switch (body.kind) {
    case 'bar':
      return { ...body, color: paint(p, body.color) };
    case 'groupedBar':
      return { ...body, groups: body.groups.map(painted(p)) };
    case 'line':
      return { ...body, series: body.series.map(painted(p)) };
    case 'slope':
      return { ...body, series: body.series.map(painted(p)) };
    case 'stackedArea':
      return { ...body, layers: body.layers.map(painted(p)) };
    case 'smallMultiples':
      return { ...body, panels: body.panels.map((panel) => ({ ...panel, series: panel.series.map(painted(p)) })) };
    case 'ranked':
    case 'strip':
    case 'hexmap':
      return { ...body, colors: compareColors(p, 'hero' in body ? body.hero : 'series-0') };
  }
}
