import { sourceCard } from '../../series/chartData';
import type { Palette } from '../../themes/palette';
import { LIVE_PALETTE } from '../../themes/palette';
import type { ChartChoices } from '../../units/choices';
import { ChartBodyView } from '../ChartBodyView';
import { Legend } from '../Legend';
import { slideLegend } from './slideLegend';
import type { ChartUnit } from '../../units/unit';
import { useChartView } from '../useChartView';
import { useElementSize } from '../useElementSize';

/** On a projector there is no thin grey text: axis labels take the text colour. */
const PROJECTOR_PALETTE: Palette = { ...LIVE_PALETTE, muted: 'var(--ee-text)' };

interface Props {
  readonly spec: ChartUnit;
  /** The reader's stored choices for this chart (the slide adds the defaults). */
  readonly choices: ChartChoices | undefined;
  readonly index: number;
  readonly count: number;
  /** Chart text size: at least 18 px at 1280 wide, 24 px at 1920. */
  readonly fontSize: number;
}

/** One slide: the key finding as its headline, the chart filling the screen, its subtitle and source. */
export function Slide({ spec, choices, index, count, fontSize }: Props) {
  const { view } = useChartView(spec, choices);
  const [ref, size] = useElementSize<HTMLDivElement>();
  const sources = spec.sources.map((id) => sourceCard(id)).filter((s) => s !== undefined);
  const legend = view.legend && view.body.kind !== 'line' && view.body.kind !== 'slope' ? slideLegend(view.legend, view.body) : [];
  return (
    <section
      className="ee-slide"
      aria-roledescription="slide"
      aria-label={`Slide ${index} of ${count}: ${spec.title}`}
      data-slide={spec.id}
    >
      <h2 className="ee-slide-headline">{view.finding}</h2>
      {legend.length > 0 && <Legend items={legend} />}
      <div ref={ref} className="ee-slide-chart">
        <ChartBodyView
          body={view.body}
          width={size.width}
          height={size.height}
          palette={PROJECTOR_PALETTE}
          label={spec.title}
          fontSize={fontSize}
        />
      </div>
      <p className="ee-slide-subtitle">
        <strong>{spec.title}.</strong> {spec.subtitle}
      </p>
      <p className="ee-slide-source">
        Source: {sources.map((s) => s.vintage).join('; ')}.
        {sources.some((s) => s.licence === 'Open Government Licence v3.0') &&
          ' Contains public sector information licensed under the Open Government Licence v3.0.'}
      </p>
    </section>
  );
}
