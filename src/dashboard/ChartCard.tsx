import { sourceCard } from '../series/chartData';
import type { ExportKind } from './CardActions';
import { CardActions } from './CardActions';
import { ChartErrorBoundary } from './ChartErrorBoundary';
import { LIVE_PALETTE } from '../themes/palette';
import { useActions, useChartChoices } from '../state/store';
import { ChangeChart } from './ChangeChart';
import { labelsDirectly, showable, splitChoices } from './choiceLayout';
import { ChartBodyView } from './ChartBodyView';
import { Controls } from './Controls';
import { DataTable } from './DataTable';
import { Legend } from './Legend';
import type { ChartChoices } from '../units/choices';
import type { ChartUnit } from '../units/unit';
import { SourceNote } from './SourceNote';
import { useChartView } from './useChartView';
import { useElementWidth } from './useElementWidth';

/**
 * One chart card: a title that states the point, a subtitle with measure,
 * unit, period and geography, the chart or its table, the key finding,
 * the evidence then and now, and the sources with their licence and caveats.
 */
export function ChartCard({ spec, headingLevel = 3 }: { spec: ChartUnit; headingLevel?: 2 | 3 }) {
  const stored = useChartChoices(spec.id);
  const { choices, view, thenAndNow } = useChartView(spec, stored);
  const actions = useActions();
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const ids = { title: `${spec.id}-title`, finding: `${spec.id}-finding` };
  const showTable = choices.table === true;
  const changed = stored !== undefined && Object.keys(stored).some((k) => k !== 'table');
  const { inline, panel } = splitChoices(spec.choices);
  const choose = <K extends keyof ChartChoices>(k: K, v: ChartChoices[K]) => actions.chooseOption(spec.id, k, v);
  // Lines are labelled at their ends: their series are shown and hidden with the chart's other choices, not a legend.
  const direct = labelsDirectly(view.body);
  return (
    <article className="ee-card" id={spec.id} aria-labelledby={ids.title} data-chart={spec.id}>
      <header className="ee-card-head">
        <H id={ids.title} className="ee-card-title">
          {view.title ?? spec.title}
        </H>
        <p className="ee-card-subtitle">{spec.subtitle}</p>
      </header>
      <div className="ee-card-tools">
        <Controls chartId={spec.id} choices={inline} chosen={choices} onChoose={choose} />
        {panel.length > 0 && (
          <ChangeChart
            chartId={spec.id}
            panel={panel}
            chosen={choices}
            onChoose={choose}
            showItems={direct ? showable(spec.choices, view.legend) : []}
            onToggleSeries={(id) => actions.toggleSeries(spec.id, id)}
          />
        )}
        <div className="ee-card-buttons">
          {changed && (
            <button type="button" className="ee-button" onClick={() => actions.resetChart(spec.id)}>
              Reset
            </button>
          )}
          <span className="ee-view-switch" role="group" aria-label="Show as">
            <button type="button" className="ee-button" aria-pressed={!showTable} onClick={() => showTable && actions.toggleTable(spec.id)}>
              Chart
            </button>
            <button type="button" className="ee-button" aria-pressed={showTable} onClick={() => actions.toggleTable(spec.id)}>
              Table
            </button>
          </span>
          <CardActions spec={spec} showingTable={showTable} onExport={(kind, link) => exportCard(kind, spec, choices, link, width)} />
        </div>
      </div>
      {view.legend && !showTable && !(direct && view.legendToggles) && (
        <Legend items={view.legend} onToggle={view.legendToggles ? (id) => actions.toggleSeries(spec.id, id) : undefined} />
      )}
      <figure className="ee-figure" aria-labelledby={ids.title} aria-describedby={ids.finding}>
        <div ref={ref} className="ee-plot" hidden={showTable}>
          {/* Kept mounted while the table shows, so switching back redraws nothing. */}
          <ChartErrorBoundary
            resetKey={JSON.stringify(choices)}
            fallback={
              <p className="ee-chart-error" role="alert">
                This chart could not be drawn. Its data is still available: choose “Table”.
              </p>
            }
          >
            {view.empty ? (
              <div className="ee-empty" role="status">
                <p>{view.empty}: there is nothing to draw.</p>
                <button type="button" className="ee-button" onClick={() => actions.resetChart(spec.id)}>
                  Reset chart
                </button>
              </div>
            ) : (
              <ChartBodyView body={view.body} width={width} palette={LIVE_PALETTE} label={view.title ?? spec.title} />
            )}
          </ChartErrorBoundary>
        </div>
        {showTable ? (
          <DataTable table={view.table} caption={spec.title} />
        ) : (
          // Without JavaScript the Table button does nothing: the table is there instead.
          <noscript>
            <DataTable table={view.table} caption={spec.title} />
          </noscript>
        )}
        <figcaption>
          <p className="ee-finding" id={ids.finding}>
            {view.empty ? `${view.empty}: choose an area, or Reset chart to show the default ones.` : view.finding}
          </p>
        </figcaption>
      </figure>
      {thenAndNow && (
        <aside className="ee-then-now" aria-label="Evidence then and now">
          <div>
            <p className="ee-vintage">{`Then · ${thenAndNow.then.vintage}`}</p>
            <p>{thenAndNow.then.text}</p>
          </div>
          <div>
            <p className="ee-vintage">{`Now · ${thenAndNow.now.vintage}`}</p>
            <p>{thenAndNow.now.text}</p>
          </div>
        </aside>
      )}
      <SourceNote
        sources={spec.sources.map((s) => sourceCard(s)).filter((s) => s !== undefined)}
        notes={[...(spec.notes ?? []), ...(view.viewNotes ?? [])]}
      />
    </article>
  );
}

/** Exports load on demand: their code is not part of the first view. */
async function exportCard(kind: ExportKind, spec: ChartUnit, choices: ChartChoices, link: string, width: number): Promise<void> {
  const { runExport } = await import('./exportCard');
  await runExport(kind, spec, choices, link, width);
}
