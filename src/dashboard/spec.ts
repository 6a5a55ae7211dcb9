import type { BarRow } from '../charts/BarChart';
import type { Unit } from '../charts/format';
import type { GroupedBarInput } from '../charts/GroupedBarChart';
import type { LineSeries } from '../charts/LineChart';
import type { Panel } from '../charts/SmallMultiples';
import type { SlopeSeries } from '../charts/SlopeChart';
import type { AreaLayer } from '../charts/StackedAreaChart';
import type { ChartChoices } from '../state/choices';

export type { TableData } from '../series/types';
import type { TableData } from '../series/types';

export interface LegendItem {
  readonly id: string;
  readonly label: string;
  readonly color: string;
  readonly dash?: string;
  readonly hidden: boolean;
}

/** What a chart draws, by kind; the card adds width and palette. */
export type ChartBody =
  | {
      readonly kind: 'bar';
      readonly rows: readonly BarRow[];
      readonly unit: Unit;
      readonly color: string;
      readonly highlightLabel?: string;
    }
  | ({ readonly kind: 'groupedBar' } & Omit<GroupedBarInput, 'width' | 'height' | 'fontSize'>)
  | {
      readonly kind: 'line';
      readonly series: readonly LineSeries[];
      readonly unit: Unit;
      readonly indexBase?: number;
      readonly baseline?: number;
      readonly shade?: { upper: string; lower: string; label: string };
      readonly zero?: boolean;
    }
  | {
      readonly kind: 'slope';
      readonly series: readonly SlopeSeries[];
      readonly unit: Unit;
      readonly leftTitle: string;
      readonly rightTitle: string;
    }
  | { readonly kind: 'stackedArea'; readonly layers: readonly AreaLayer[]; readonly unit: Unit }
  | { readonly kind: 'smallMultiples'; readonly panels: readonly Panel[]; readonly unit: Unit };

export interface ChartView {
  readonly body: ChartBody;
  readonly table: TableData;
  /** The key finding, computed from the data shown; also the chart's accessible description. */
  readonly finding: string;
  readonly legend?: readonly LegendItem[];
  /** Extra notes that depend on the view (e.g. a series left out of a stack). */
  readonly viewNotes?: readonly string[];
  /** Legend entries are buttons that hide and show series. */
  readonly legendToggles?: boolean;
}

export type Control =
  | {
      readonly type: 'segmented';
      readonly key: keyof ChartChoices;
      readonly label: string;
      readonly options: readonly { readonly value: string; readonly label: string }[];
    }
  | {
      readonly type: 'checkboxes';
      readonly key: 'areas';
      readonly label: string;
      readonly options: readonly { readonly value: string; readonly label: string }[];
    }
  | {
      readonly type: 'select';
      readonly key: keyof ChartChoices;
      readonly label: string;
      readonly options: readonly { readonly value: string; readonly label: string }[];
    }
  | { readonly type: 'yearRange'; readonly label: string; readonly min: number; readonly max: number };

/** Where the evidence base (2019) and newer statistics meet: shown side by side, each with its vintage. */
export interface ThenAndNow {
  readonly then: { readonly vintage: string; readonly text: string };
  readonly now: { readonly vintage: string; readonly text: string };
}

/** One chart card. A tab is a list of these: adding a chart of an existing kind is an entry. */
export interface ChartSpec {
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  /** Dataset ids (data/<id>.csv) the chart draws on. */
  readonly sources: readonly string[];
  readonly defaults: ChartChoices;
  readonly controls?: readonly Control[];
  readonly notes?: readonly string[];
  readonly thenAndNow?: (choices: ChartChoices) => ThenAndNow;
  readonly view: (choices: ChartChoices) => ChartView;
}
