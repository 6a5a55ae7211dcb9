import type { BarRow } from '../charts/BarChart';
import type { RankedRow } from '../charts/layoutRankedBars';
import type { StripPoint, StripReference } from '../charts/layoutStrip';
import type { Unit } from '../charts/format';
import type { GroupedBarInput } from '../charts/GroupedBarChart';
import type { LineSeries } from '../charts/LineChart';
import type { SlopeSeries } from '../charts/SlopeChart';
import type { AreaLayer } from '../charts/StackedAreaChart';
import type { TableData } from '../series/types';
import type { ColourSlot } from '../themes/palette';
import type { ChartChoices, OptionKey } from './choices';

/** A chart kind's input with its colour as a slot: the unit says which, the palette says what. */
type Slotted<T> = Omit<T, 'color'> & { readonly color: ColourSlot };

export interface LegendItem {
  readonly id: string;
  readonly label: string;
  readonly color: ColourSlot;
  readonly dash?: string;
  readonly hidden: boolean;
}

/** What a chart draws, by kind, coloured by slot; the card adds width and palette. */
export type ChartBody =
  | {
      readonly kind: 'bar';
      readonly rows: readonly BarRow[];
      readonly unit: Unit;
      readonly color: ColourSlot;
      readonly highlightLabel?: string;
    }
  | ({ readonly kind: 'groupedBar'; readonly groups: readonly Slotted<GroupedBarInput['groups'][number]>[] } & Omit<
      GroupedBarInput,
      'width' | 'height' | 'fontSize' | 'groups'
    >)
  | {
      readonly kind: 'line';
      readonly series: readonly Slotted<LineSeries>[];
      readonly unit: Unit;
      readonly indexBase?: number;
      readonly baseline?: number;
      readonly shade?: { upper: string; lower: string; label: string };
      readonly zero?: boolean;
    }
  | {
      readonly kind: 'slope';
      readonly series: readonly Slotted<SlopeSeries>[];
      readonly unit: Unit;
      readonly leftTitle: string;
      readonly rightTitle: string;
    }
  | { readonly kind: 'stackedArea'; readonly layers: readonly Slotted<AreaLayer>[]; readonly unit: Unit }
  | {
      readonly kind: 'smallMultiples';
      readonly panels: readonly { readonly id: string; readonly label: string; readonly series: readonly Slotted<LineSeries>[] }[];
      readonly unit: Unit;
    }
  /** Comparison kinds: emphasis by role (hero = the West of England, reference = England, the rest the palette's dim grey). */
  | {
      readonly kind: 'ranked';
      readonly rows: readonly RankedRow[];
      readonly unit: Unit;
      /** Values are changes: written signed. */
      readonly change?: boolean;
      readonly rankNoun: string;
      readonly hero: ColourSlot;
    }
  | {
      readonly kind: 'strip';
      readonly points: readonly StripPoint[];
      readonly references: readonly StripReference[];
      readonly unit: Unit;
      readonly change?: boolean;
      readonly rankNoun: string;
      readonly hero: ColourSlot;
    }
  | {
      readonly kind: 'hexmap';
      readonly layout: 'odd-r' | 'even-r';
      readonly hexes: readonly { readonly id: string; readonly name: string; readonly q: number; readonly r: number }[];
      /** Value by authority code; absent: no data (hatched). */
      readonly values: Readonly<Record<string, number>>;
      readonly highlight: readonly string[];
      readonly highlightLabel: string;
      readonly legendTitle: string;
      readonly unit: Unit;
      readonly change?: boolean;
      readonly rankNoun: string;
    };

export interface ChartView {
  readonly body: ChartBody;
  readonly table: TableData;
  /** The key finding, computed from the data shown; also the chart's accessible description. */
  readonly finding: string;
  /** A title that follows the reader's choice (e.g. the measure); the unit's title otherwise. */
  readonly title?: string;
  /** Set when the choices leave nothing to draw: what the card says instead of a bare axis. */
  readonly empty?: string;
  readonly legend?: readonly LegendItem[];
  /** Extra notes that depend on the view (e.g. a series left out of a stack). */
  readonly viewNotes?: readonly string[];
  /** Legend entries are buttons that hide and show series (the unit declares a `hide` choice). */
  readonly legendToggles?: boolean;
  /** The sources of what this view shows, where it shows fewer than the unit's `sources` (e.g. one measure of two). */
  readonly sources?: readonly string[];
}

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
}

/**
 * A choice a chart offers, declared as data: the controls draw it, the URL
 * codec and the store read its allowed values and default from it.
 */
export type ChoiceDecl =
  | {
      readonly kind: 'segmented' | 'select';
      readonly key: OptionKey;
      readonly label: string;
      readonly options: readonly ChoiceOption[];
      readonly default?: string;
    }
  | { readonly kind: 'areas'; readonly label: string; readonly options: readonly ChoiceOption[]; readonly default: readonly string[] }
  | { readonly kind: 'years'; readonly label: string; readonly min: number; readonly max: number }
  /** Series the legend can hide (ids). */
  | { readonly kind: 'hide'; readonly series: readonly string[] };

/** Where the evidence base (2019) and newer statistics meet: shown side by side, each with its vintage. */
export interface ThenAndNow {
  readonly then: { readonly vintage: string; readonly text: string };
  readonly now: { readonly vintage: string; readonly text: string };
}

/** What a chart is about: the card's words and sources, and the choices it offers. */
interface UnitAbout {
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  /** Dataset ids (data/<id>.csv) the chart draws on. */
  readonly sources: readonly string[];
  readonly choices: readonly ChoiceDecl[];
  readonly notes?: readonly string[];
}

/**
 * One chart, typed by its data D: `view` turns that data and the reader's
 * choices into what to draw, the table and the key finding. The data comes
 * from the chart's `derive` (src/units/<name>.derive.ts, listed in
 * src/units/derivers.ts), which runs at build time only and never ships.
 */
export interface UnitDefinition<D> extends UnitAbout {
  readonly view: (data: D, choices: ChartChoices) => ChartView;
  readonly thenAndNow?: (data: D, choices: ChartChoices) => ThenAndNow;
}

/** A unit with its data type sealed inside: what tabs, cards and the build hold. */
export interface ChartUnit extends UnitAbout {
  /** `data` is what this unit's `derive` returned, after a trip through JSON. */
  readonly view: (data: unknown, choices: ChartChoices) => ChartView;
  readonly thenAndNow?: (data: unknown, choices: ChartChoices) => ThenAndNow;
}

/** A sealed unit that still says what data it draws (a type only: for tests and the derivers' registry). */
export type TypedUnit<D> = ChartUnit & { readonly __data?: D };

/** Seal a unit: the one place its data type meets the untyped evidence module. */
export function defineUnit<D>(u: UnitDefinition<D>): TypedUnit<D> {
  const { thenAndNow } = u;
  return {
    ...u,
    view: (data, choices) => u.view(data as D, choices),
    thenAndNow: thenAndNow && ((data, choices) => thenAndNow(data as D, choices)),
  };
}

/** A segmented control (radio group) from its options as `{ value: label }`, the first being the default unless said. */
export function segmented(key: OptionKey, label: string, options: Readonly<Record<string, string>>, byDefault?: string): ChoiceDecl {
  const entries = Object.entries(options);
  return {
    kind: 'segmented',
    key,
    label,
    options: entries.map(([value, l]) => ({ value, label: l })),
    default: byDefault ?? entries[0]?.[0],
  };
}
