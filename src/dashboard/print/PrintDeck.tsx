import { sourceCard } from '../../series/chartData';
import { exportDate } from '../../export/exportDate';
import { attributionLine } from '../../export/attributionLine';
import { pageBase, splitPath } from '../../state/route';
import type { Choices } from '../../state/store';
import { encodeUrl } from '../../state/url';
import { LIVE_PALETTE } from '../../themes/palette';
import { withDefaults } from '../../units/withDefaults';
import { ChartBodyView } from '../ChartBodyView';
import { deckFor } from '../deck';
import { homeTab } from '../homeTab';
import { ALL_RULES } from '../tabs';
import { dataOf } from '../useChartView';

/** The chart's size on an A4 landscape page (267 × 180 mm inside the margins), in CSS pixels. */
const CHART = { width: 960, height: 430 } as const;

/**
 * The deck on paper: one chart per A4 landscape page, in deck order, each with
 * the finding as its title, the chart, the subtitle, source, notes, and the
 * date and link to the exact view; page numbers come from print.css. Shown
 * only while "Print the deck" prints (html[data-print='deck']).
 */
export function PrintDeck({ choices }: { choices: Choices }) {
  const specs = deckFor(choices.tab, choices.deck);
  const site = new URL(splitPath(window.location.pathname, pageBase()).base, window.location.origin).href;
  const plain = { ...choices, theme: 'auto', present: false, slide: 1 } as const;
  const date = exportDate(new Date()).long;
  return (
    <div className="ee-print-deck">
      {specs.map((spec, i) => {
        const view = spec.view(dataOf(spec), withDefaults(spec, choices.charts[spec.id]));
        const sources = (view.sources ?? spec.sources).map((id) => sourceCard(id)).filter((s) => s !== undefined);
        const url = `${new URL(encodeUrl('', { ...plain, tab: homeTab(spec.id) }, ALL_RULES), site).href}#${spec.id}`;
        const notes = [...(spec.notes ?? []), ...(view.viewNotes ?? [])];
        return (
          <section key={spec.id} className="ee-print-slide" data-print-slide={spec.id}>
            <h2 className="ee-print-slide-title">{view.finding}</h2>
            <div className="ee-print-slide-chart">
              <ChartBodyView
                body={view.body}
                width={CHART.width}
                height={CHART.height}
                palette={LIVE_PALETTE}
                label={spec.title}
                fontSize={14}
              />
            </div>
            <p className="ee-print-slide-subtitle">
              <strong>{spec.title}.</strong> {spec.subtitle}
            </p>
            <p className="ee-print-slide-source">{attributionLine(sources)}</p>
            {notes.length > 0 && (
              <ul className="ee-print-slide-notes">
                {notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            )}
            <p className="ee-print-slide-meta">
              Chart {i + 1} of {specs.length} · Printed {date} · <span className="ee-print-url">{url}</span>
            </p>
          </section>
        );
      })}
    </div>
  );
}
