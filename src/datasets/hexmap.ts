import type { DataProblem } from './dataProblem';
import { show } from './messageText';

/** One hex of a HexJSON map: name, column, row and region code (other properties are dropped). */
export interface Hex {
  readonly n: string;
  readonly q: number;
  readonly r: number;
  readonly region: string;
}

export type HexLayout = 'odd-r' | 'even-r' | 'odd-q' | 'even-q';

/** A HexJSON hex map (Open Innovations' format): a layout and one hex per area code. */
export interface HexMap {
  readonly layout: HexLayout;
  readonly hexes: Readonly<Record<string, Hex>>;
}

/** A JSON data file: validated by its own function instead of a CSV schema. */
export interface JsonDataset<T> {
  readonly id: string;
  readonly file: string;
  readonly validate: (json: unknown, file: string) => { value?: T; problems: DataProblem[] };
}

const LAYOUTS: readonly string[] = ['odd-r', 'even-r', 'odd-q', 'even-q'];
const CODE = /^[ENSW]\d{8}$/;

/**
 * Check a parsed HexJSON file: a known layout, and for every hex a GSS code
 * as its key, a name, whole-number q and r, a region code, and a cell no other
 * hex sits in. Each problem names the file and the key ("hexes.E06000023.q").
 */
export function validateHexJson(json: unknown, file: string): { value?: HexMap; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const at = (column: string, expected: string, found: string) => problems.push({ file, column, expected, found });
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return {
      problems: [{ file, expected: 'a HexJSON object with "layout" and "hexes"', found: Array.isArray(json) ? 'a list' : typeof json }],
    };
  }
  const obj = json as Record<string, unknown>;
  if (typeof obj.layout !== 'string' || !LAYOUTS.includes(obj.layout))
    at('layout', `one of: ${LAYOUTS.join(', ')}`, JSON.stringify(obj.layout) ?? 'nothing');
  const raw = obj.hexes;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    at('hexes', 'an object of hexes keyed by area code', JSON.stringify(raw)?.slice(0, 40) ?? 'nothing');
    return { problems };
  }
  const hexes: Record<string, Hex> = {};
  const cells = new Map<string, string>();
  for (const [code, value] of Object.entries(raw as Record<string, unknown>)) {
    const key = `hexes.${code}`;
    if (!CODE.test(code)) at(key, 'a GSS code such as E06000023 as the key', show(code));
    if (typeof value !== 'object' || value === null) {
      at(key, 'an object with n, q, r and region', JSON.stringify(value) ?? 'nothing');
      continue;
    }
    const h = value as Record<string, unknown>;
    const before = problems.length;
    if (typeof h.n !== 'string' || h.n.trim() === '') at(`${key}.n`, 'a name', JSON.stringify(h.n) ?? 'nothing');
    for (const axis of ['q', 'r'] as const) {
      const v = h[axis];
      if (typeof v !== 'number' || !Number.isInteger(v)) at(`${key}.${axis}`, 'a whole number', JSON.stringify(v) ?? 'nothing');
    }
    if (typeof h.region !== 'string' || !CODE.test(h.region))
      at(`${key}.region`, 'a region code such as E12000009', JSON.stringify(h.region) ?? 'nothing');
    const ok = problems.length === before;
    if (!ok) continue;
    const cell = `${String(h.q)},${String(h.r)}`;
    const other = cells.get(cell);
    if (other !== undefined) at(key, `a cell of its own (q ${String(h.q)}, r ${String(h.r)})`, `the cell of ${other}`);
    cells.set(cell, code);
    hexes[code] = { n: (h.n as string).trim(), q: h.q as number, r: h.r as number, region: h.region as string };
  }
  if (Object.keys(hexes).length === 0 && problems.length === 0) at('hexes', 'at least one hex', 'none');
  return problems.length ? { problems } : { value: { layout: obj.layout as HexLayout, hexes }, problems };
}

/** The hex map of UK local authority districts (2023 codes), Open Innovations. */
export const hexmapLad2023: JsonDataset<HexMap> = {
  id: 'hexmap-lad-2023',
  file: 'data/hexmap-lad-2023.hexjson',
  validate: validateHexJson,
};
