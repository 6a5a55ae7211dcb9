import type { ThemeName } from '../themes/themes';
import { THEME_NAMES } from '../themes/themes';
import type { ChartChoices } from '../units/choices';
import { pathFor, splitPath } from './route';
import type { OptionKey } from '../units/choices';
import type { ChartRules } from '../units/rules';
import { OPTION_KEYS } from '../units/choices';
import type { Choices, ThemeChoice } from './store';
import { INITIAL } from './store';

/*
 * The URL is a readable encoding of the user's choices, written and read by
 * pure functions:
 *   /<base>/<tab>/?theme=dark&economy.areas=E06000023,E06000025&economy.mode=indexed
 *     &economy.from=2005&decoupling.hide=ghg&university-income.view=table
 * Only choices that differ from a chart's defaults are written. Anything
 * unknown or invalid is ignored: a bad link gives the default view, never an error.
 */

const MAX_PARAMS = 200;

/** Replace lone surrogates, which encodeURIComponent refuses. */
const wellFormed = (s: string): string => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
const YEAR = /^\d{4}$/;

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) => (a ?? []).join(',') === (b ?? []).join(',');

/** Read the choices a URL carries. Never throws. */
export function decodeUrl(pathname: string, search: string, rules: readonly ChartRules[], base?: string): Choices {
  const { tab } = splitPath(typeof pathname === 'string' ? pathname : '/', base);
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...INITIAL, tab };
  }
  const t = params.get('theme');
  const theme: ThemeChoice = (THEME_NAMES as readonly string[]).includes(t ?? '') ? (t as ThemeName) : 'auto';
  const byId = new Map(rules.map((r) => [r.id, r]));
  const known = new Set(rules.map((r) => r.id));
  const deck = [...new Set((params.get('deck') ?? '').split(','))].filter((id) => known.has(id)).slice(0, 50);
  const present = params.get('present') === '1';
  const slideText = params.get('slide') ?? '';
  const slide = present && /^\d{1,3}$/.test(slideText) && Number(slideText) >= 1 ? Number(slideText) : 1;
  const charts: Record<string, ChartChoices> = {};
  let n = 0;
  for (const [key, value] of params) {
    if (++n > MAX_PARAMS) break;
    const dot = key.lastIndexOf('.');
    if (dot <= 0) continue;
    const r = byId.get(key.slice(0, dot));
    if (!r) continue;
    const patch = decodeChoice(key.slice(dot + 1), value, r);
    if (patch) charts[r.id] = { ...charts[r.id], ...patch };
  }
  for (const r of rules) {
    const c = charts[r.id];
    if (c?.from !== undefined && c.to !== undefined && c.from > c.to) charts[r.id] = { ...c, from: undefined, to: undefined };
    const cleaned = prune(charts[r.id] ?? {});
    if (Object.keys(cleaned).length) charts[r.id] = cleaned;
    else delete charts[r.id];
  }
  return { tab, theme, charts, present, slide, deck };
}

function decodeChoice(name: string, value: string, r: ChartRules): Partial<ChartChoices> | undefined {
  if (name === 'view') return value === 'table' ? { table: true } : undefined;
  if (name === 'q' && r.query) {
    // Cut by character, not UTF-16 unit: half an emoji cannot be written back into a URL.
    const q = Array.from(value.trim()).slice(0, r.query).join('');
    return q ? { q } : undefined;
  }
  if ((OPTION_KEYS as readonly string[]).includes(name)) {
    const allowed = r.options[name as OptionKey];
    return allowed?.includes(value) ? { [name]: value } : undefined;
  }
  if (name === 'areas' && r.areas) {
    if (value === 'none') return { areas: [] };
    const wanted = new Set(value.split(','));
    const areas = r.areas.filter((a) => wanted.has(a));
    return areas.length ? { areas } : undefined;
  }
  if (name === 'hide' && r.series) {
    const wanted = new Set(value.split(','));
    const hidden = r.series.filter((s) => wanted.has(s));
    return hidden.length ? { hidden } : undefined;
  }
  if ((name === 'from' || name === 'to') && r.years && YEAR.test(value)) {
    const y = Number(value);
    return y >= r.years.min && y <= r.years.max ? { [name]: y } : undefined;
  }
  return undefined;
}

function prune(c: ChartChoices): ChartChoices {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(c)) if (v !== undefined) out[k] = v;
  return out as ChartChoices;
}

/** Write the choices as a URL, relative to the site's base. */
export function encodeUrl(base: string, c: Choices, rules: readonly ChartRules[]): string {
  const parts: string[] = [];
  if (c.theme !== 'auto') parts.push(`theme=${c.theme}`);
  if (c.deck.length) parts.push(`deck=${c.deck.map(encodeURIComponent).join(',')}`);
  if (c.present) parts.push('present=1', `slide=${c.slide}`);
  for (const r of rules) {
    const ch = c.charts[r.id];
    if (!ch) continue;
    const d = r.defaults;
    const p = (k: string, v: string) => parts.push(`${r.id}.${k}=${encodeURIComponent(wellFormed(v)).replace(/%2C/g, ',')}`);
    for (const k of OPTION_KEYS) if (ch[k] !== undefined && ch[k] !== d[k]) p(k, String(ch[k]));
    if (ch.areas && !sameList(ch.areas, d.areas)) p('areas', ch.areas.length ? ch.areas.join(',') : 'none');
    if (ch.hidden?.length) p('hide', ch.hidden.join(','));
    if (ch.from !== undefined && ch.from !== d.from) p('from', String(ch.from));
    if (ch.to !== undefined && ch.to !== d.to) p('to', String(ch.to));
    if (ch.q) p('q', ch.q);
    if (ch.table) p('view', 'table');
  }
  return `${pathFor(base, c.tab)}${parts.length ? `?${parts.join('&')}` : ''}`;
}
