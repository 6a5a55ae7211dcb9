import { round1 } from './round1';

/** One hex of a HexJSON file (https://open-innovations.org/projects/hexmaps/hexjson). */
export interface Hex {
  readonly id: string;
  readonly name: string;
  readonly q: number;
  readonly r: number;
}

export interface HexJson {
  readonly layout: 'odd-r' | 'even-r';
  readonly hexes: readonly Hex[];
}

/** Read a HexJSON object, failing with one message per problem (not a stack trace). */
export function parseHexJson(json: unknown, file = 'hexjson'): HexJson {
  const o = json as { layout?: unknown; hexes?: Record<string, { n?: unknown; q?: unknown; r?: unknown }> };
  if (o?.layout !== 'odd-r' && o?.layout !== 'even-r')
    throw new Error(`${file}: layout must be "odd-r" or "even-r", found ${JSON.stringify(o?.layout)}`);
  if (!o.hexes || typeof o.hexes !== 'object') throw new Error(`${file}: no "hexes" object`);
  const problems: string[] = [];
  const hexes: Hex[] = [];
  for (const [id, h] of Object.entries(o.hexes)) {
    if (!Number.isInteger(h.q) || !Number.isInteger(h.r)) problems.push(`${file}: hex ${id}: q and r must be integers`);
    else hexes.push({ id, name: typeof h.n === 'string' ? h.n : id, q: h.q as number, r: h.r as number });
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return { layout: o.layout, hexes };
}

export interface PlacedHex extends Hex {
  readonly cx: number;
  readonly cy: number;
  /** Row from the top, 0-based: keyboard rows. */
  readonly row: number;
}

/**
 * Pixel centres of a row-offset hex grid ("pointy-top" hexes), fitted into
 * `width` and at most `maxHeight` (the map keeps its aspect ratio and is
 * centred). In HexJSON r grows northwards; "odd-r" shifts rows whose r is odd
 * half a hex to the right ("even-r" the even ones). Parity is of r itself, so
 * dropping some hexes (Scotland, Wales) does not move the rest.
 */
export function layoutHexGrid(grid: HexJson, width: number, maxHeight = Infinity) {
  const shifted = (r: number) => (Math.abs(r) % 2 === 1) === (grid.layout === 'odd-r');
  const col = (h: Hex) => h.q + (shifted(h.r) ? 0.5 : 0);
  const cols = grid.hexes.map(col);
  const rows = grid.hexes.map((h) => h.r);
  const cmin = Math.min(...cols);
  const cmax = Math.max(...cols);
  const rmin = Math.min(...rows);
  const rmax = Math.max(...rows);
  if (!grid.hexes.length) return { radius: 0, width: 0, mapWidth: 0, height: 0, hexes: [] as PlacedHex[] };
  const unitsW = (cmax - cmin + 1) * Math.sqrt(3);
  const unitsH = (rmax - rmin) * 1.5 + 2;
  const radius = Math.min(width / unitsW, maxHeight / unitsH);
  const hexW = radius * Math.sqrt(3);
  const offsetX = (width - unitsW * radius) / 2;
  const hexes: PlacedHex[] = grid.hexes.map((h) => ({
    ...h,
    row: rmax - h.r,
    cx: round1(offsetX + (col(h) - cmin) * hexW + hexW / 2),
    cy: round1((rmax - h.r) * 1.5 * radius + radius),
  }));
  return { radius, width, mapWidth: round1(unitsW * radius), height: round1(unitsH * radius), hexes };
}

/** The six corners of a pointy-top hex of this radius, relative to its centre, clockwise from the top. */
export function hexCorners(radius: number): [number, number][] {
  return Array.from({ length: 6 }, (_, k) => {
    const a = (Math.PI / 3) * k - Math.PI / 2;
    return [round1(radius * Math.cos(a)), round1(radius * Math.sin(a))];
  });
}
