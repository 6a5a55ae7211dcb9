import type { Palette } from '../themes/palette';
import { paint } from '../themes/palette';
import type { ColourSlot } from '../themes/palette';
import type { ChartBody } from '../units/unit';

const painted =
  <T extends { readonly color: ColourSlot }>(p: Palette) =>
  (x: T) => ({ ...x, color: paint(p, x.color) });

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
  }
}
