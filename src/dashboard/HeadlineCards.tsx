import evidence from 'virtual:evidence';
import type { TabId } from '../datasets/tabIds';
import { formatValue } from '../charts/format';
import { tabById } from './tabs';

type Headline = (typeof evidence.headlines)[number];

/** The headline as the evidence base prints it: +190,000; 40%; 0.54 → 0.60; −30%. */
function headlineText(h: Headline): string {
  const sign = (v: number) => (v > 0 ? '+' : v < 0 ? '−' : '');
  switch (h.unit) {
    case 'ratio-change':
      return h.baselineValue !== null
        ? `${formatValue(h.baselineValue, 'ratio')} → ${formatValue(h.value, 'ratio')}`
        : formatValue(h.value, 'ratio');
    case 'percent':
      return formatValue(h.value, 'percent');
    case 'percent-change':
      return `${sign(h.value)}${formatValue(Math.abs(h.value), 'percent')}`;
    case 'persons-change':
      return `${sign(h.value)}${formatValue(Math.abs(h.value), 'persons')}`;
  }
}

export function HeadlineCards({ hrefFor, onOpen }: { hrefFor: (tab: TabId) => string; onOpen: (tab: TabId, e: React.MouseEvent) => void }) {
  return (
    <section className="ee-headlines" aria-labelledby="headlines-title">
      <h2 id="headlines-title">Headline figures from the evidence base</h2>
      <ul>
        {evidence.headlines.map((h) => (
          <li key={h.id} className="ee-headline">
            <p className="ee-headline-value">{headlineText(h)}</p>
            <p className="ee-headline-label">{h.label}</p>
            <p className="ee-headline-meta">
              {h.period} · {h.geography}
            </p>
            <p className="ee-headline-source">Source: {h.source}</p>
            <a href={hrefFor(h.evidenceTab)} onClick={(e) => onOpen(h.evidenceTab, e)}>
              See the evidence<span className="ee-visually-hidden"> for “{h.label}”</span> on {tabById(h.evidenceTab).label}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
