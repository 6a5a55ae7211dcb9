import type { Unit } from '../charts/format';
import { formatValue } from '../charts/format';
import { ordinal } from '../charts/ordinal';
import { WOE_AUTHORITIES } from '../datasets/authorities';
import { areaColour } from './colours';
import type { PerAuthorityIndicatorData } from './perAuthorityIndicator.derive';
import type { ChartView } from './unit';
import { defineUnit } from './unit';
import { byText } from '../series/byText';

/** One theme-tab card of a rate ONS publishes per authority: what differs from card to card. */
export interface IndicatorCardSpec {
  readonly id: string;
  /** The indicator's id in the ONS file, slugged ("gross-value-added-per-hour-worked"). */
  readonly indicator: string;
  /** Short, for the finding and the table: "GVA per hour worked". */
  readonly label: string;
  /** How values are written: "£33.63", "£591", "76.7%". */
  readonly unit: Extract<Unit, 'gbp' | 'gbp2' | 'percent'>;
  /** The unit in words, for the table's column. */
  readonly unitText: string;
  /** States the point; tests check it against the data. */
  readonly title: string;
  /** The measure and its unit, for the subtitle: "Gross value added per hour worked (£)". */
  readonly measure: string;
  /** The period as the subtitle states it (tests check it against the data). */
  readonly period: string;
  readonly notes?: readonly string[];
}

export const SOURCE = 'ons-subnational-indicators-2024-03';

export const PER_AUTHORITY_NOTES = [
  'Published per authority; not averaged into an area figure. ONS gives each authority’s rate without the numbers it is a rate of, so no West of England or combined-authority figure can be made from it: the four authorities are shown one by one among all English authorities.',
  'The file has no England figure: the dashed line is the median authority (half the English authorities are above it, half below), not England’s rate.',
  'Ranks count from the highest value (1st); authorities with equal values share a rank (“joint”). English local authorities on 2023 boundaries.',
];

export const DECIMALS: Readonly<Record<IndicatorCardSpec['unit'], number>> = { gbp: 0, gbp2: 2, percent: 1 };
const WOE: ReadonlySet<string> = new Set(WOE_AUTHORITIES);

export interface RankedAuthority {
  readonly code: string;
  readonly name: string;
  readonly value: number;
  readonly woe: boolean;
  /** 1 + the number of authorities with a higher value: equal values share a rank. */
  readonly rank: number;
  readonly joint: boolean;
}

/** Authorities with a value, highest first, ranked; and the median of their values. */
export function rankAuthorities(d: PerAuthorityIndicatorData): { rows: RankedAuthority[]; median: number | null } {
  const withValue = d.codes
    .map((code, i) => ({ code, name: d.names[i] ?? code, value: d.values[i] ?? null, woe: WOE.has(code) }))
    .filter((a): a is typeof a & { value: number } => a.value !== null)
    .sort((a, b) => b.value - a.value || byText(a.name, b.name));
  // Highest first, so a row's rank is one more than the rows above it with a higher value: where its run of equal values starts.
  let rank = 0;
  const rows = withValue.map((a, i) => {
    const above = withValue[i - 1];
    if (above?.value !== a.value) rank = i + 1;
    return { ...a, rank, joint: above?.value === a.value || withValue[i + 1]?.value === a.value };
  });
  const n = rows.length;
  const mid = (k: number) => rows[n - 1 - k]?.value ?? 0;
  const median = n === 0 ? null : n % 2 ? mid((n - 1) / 2) : (mid(n / 2 - 1) + mid(n / 2)) / 2;
  return { rows, median };
}

/** "A", "A and B", "A, B and C". */
const listWords = (xs: readonly string[]) => (xs.length < 2 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`);

const rankText = (r: RankedAuthority) => `${r.joint ? 'joint ' : ''}${ordinal(r.rank)}`;

function view(spec: IndicatorCardSpec, d: PerAuthorityIndicatorData): ChartView {
  const fmt = (v: number) => formatValue(v, spec.unit);
  const { rows, median } = rankAuthorities(d);
  const n = rows.length;
  const four = rows.filter((r) => r.woe);
  const medianLabel = `Median of ${n} authorities`;
  const nameOf = new Map(d.codes.map((c, i) => [c, d.names[i] ?? c]));
  const round = (v: number) => Math.round(v * 10 ** DECIMALS[spec.unit]) / 10 ** DECIMALS[spec.unit];
  return {
    body: {
      kind: 'strip',
      points: rows.map((r) => ({ id: r.code, label: r.name, value: r.value, highlight: r.woe })),
      references: median === null ? [] : [{ id: 'median', label: medianLabel, value: round(median) }],
      unit: spec.unit,
      rankNoun: 'English local authorities',
      hero: areaColour('woe'),
    },
    table: {
      columns: [
        { key: 'rank', label: `Rank of ${n}` },
        { key: 'code', label: 'Code' },
        { key: 'name', label: 'Local authority' },
        { key: 'value', label: `${spec.label}, ${d.period}`, unit: spec.unitText },
      ],
      rows: [
        ...rows.map((r) => [r.rank, r.code, r.woe ? `${r.name} (West of England)` : r.name, r.value]),
        ...(median === null ? [] : [[null, null, `${medianLabel} (not England’s rate)`, round(median)]]),
      ],
    },
    finding: n
      ? `${spec.label}, ${d.period}, ranked highest first among the ${n} English authorities with a value: ${four
          .map((r, i) => `${r.name} ${rankText(r)}${i === 0 ? ` of ${n}` : ''} (${fmt(r.value)})`)
          .join(', ')}; the median authority ${fmt(round(median ?? 0))}.`
      : 'No data.',
    viewNotes: d.missing.map((m) => `No value for ${listWords(m.codes.map((c) => nameOf.get(c) ?? c))}: ${m.why}.`),
  };
}

/**
 * A card of one rate ONS publishes per authority (productivity, pay,
 * employment, skills, broadband): every English authority a dot, the four
 * West of England authorities labelled and ranked, never averaged.
 */
export function perAuthorityIndicator(spec: IndicatorCardSpec) {
  return defineUnit<PerAuthorityIndicatorData>({
    id: spec.id,
    title: spec.title,
    subtitle: `${spec.measure}, ${spec.period}: every English local authority a dot, the four West of England authorities labelled`,
    sources: [SOURCE],
    choices: [],
    notes: [...PER_AUTHORITY_NOTES, ...(spec.notes ?? [])],
    view: (d: PerAuthorityIndicatorData) => view(spec, d),
  });
}
