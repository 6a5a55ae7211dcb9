import type { Comparator } from '../series/compare/comparators';
import { SOUTH_WEST_ID } from '../series/compare/notes';
import { ENGLAND_ID } from '../series/areas';
import type { Series } from '../series/types';
import type { ColourSlot } from '../themes/palette';
import type { ChoiceDecl } from './unit';

/**
 * The areas a theme card can compare with: England, the South West and the 15
 * combined authorities of the ONS May 2025 lookup. Declared here because a
 * choice is data the browser holds before any chart data; `checkComparators`
 * fails the build when the lookup says otherwise.
 */
export const COMPARATORS: readonly Comparator[] = [
  { id: ENGLAND_ID, label: 'England' },
  { id: SOUTH_WEST_ID, label: 'South West' },
  { id: 'E47000008', label: 'Cambridgeshire and Peterborough' },
  { id: 'E47000015', label: 'Devon and Torbay' },
  { id: 'E47000013', label: 'East Midlands' },
  { id: 'E47000017', label: 'Greater Lincolnshire' },
  { id: 'E47000001', label: 'Greater Manchester' },
  { id: 'E47000016', label: 'Hull and East Yorkshire' },
  { id: 'E47000018', label: 'Lancashire' },
  { id: 'E47000004', label: 'Liverpool City Region' },
  { id: 'E47000014', label: 'North East' },
  { id: 'E47000002', label: 'South Yorkshire' },
  { id: 'E47000006', label: 'Tees Valley' },
  { id: 'E47000009', label: 'West of England CA (3)' },
  { id: 'E47000007', label: 'West Midlands' },
  { id: 'E47000003', label: 'West Yorkshire' },
  { id: 'E47000012', label: 'York and North Yorkshire' },
];
export const COMPARATOR_LABELS: ReadonlyMap<string, string> = new Map(COMPARATORS.map((a) => [a.id, a.label]));

/** The comparators the data builds must be exactly those declared; otherwise the build stops saying which differ. */
export function checkComparators(unitId: string, built: readonly Comparator[]): void {
  const have = new Set(built.map((a) => a.id));
  const missing = COMPARATORS.filter((a) => !have.has(a.id)).map((a) => `${a.id} (${a.label})`);
  const extra = built.filter((a) => !COMPARATOR_LABELS.has(a.id)).map((a) => `${a.id} (${a.label})`);
  if (missing.length || extra.length)
    throw new Error(
      `${unitId}: the comparators in src/units/comparators.ts do not match data/ons-lad-cauth-2025.csv` +
        (missing.length ? `; not in the data: ${missing.join(', ')}` : '') +
        (extra.length ? `; not declared: ${extra.join(', ')}` : ''),
    );
}

/** "Compare with": a set kept in the URL (`<chart>.areas=`). */
export function compareChoice(byDefault: readonly string[]): ChoiceDecl {
  return { kind: 'areas', label: 'Compare with', options: COMPARATORS.map((a) => ({ value: a.id, label: a.label })), default: byDefault };
}

/**
 * Comparators are muted: England a dashed darker grey, the South West a dotted
 * grey, combined authorities a lighter grey; the West of England keeps the hero colour.
 */
export function comparatorStyle(labels: ReadonlyMap<string, string> = COMPARATOR_LABELS) {
  return (s: Series): { label: string; color: ColourSlot; dash: string } | undefined => {
    const label = labels.get(s.id);
    if (label === undefined) return undefined;
    if (s.id === ENGLAND_ID) return { label, color: 'muted', dash: '6 3' };
    if (s.id === SOUTH_WEST_ID) return { label, color: 'dim', dash: '2 3' };
    return { label, color: 'dim', dash: '' };
  };
}
