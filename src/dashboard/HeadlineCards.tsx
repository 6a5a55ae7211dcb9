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

/** The newest official equivalent, in the headline's own form. */
function nowText(n: NonNullable<Headline['now']>): string {
  const sign = (v: number) => (v > 0 ? '+' : v < 0 ? '−' : '');
  if (n.fromValue !== undefined) return `${formatValue(n.fromValue, 'ratio')} → ${formatValue(n.value, 'ratio')}`;
  if (n.unit === '%') return `${sign(n.value)}${formatValue(Math.abs(n.value), 'percent')}`;
  return `${sign(n.value)}${formatValue(Math.abs(n.value), 'persons')}`;
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
            <p className="ee-headline-meta">{`${h.period} · ${h.geography}`}</p>
            <p className="ee-headline-source">{`Source: ${h.source}`}</p>
            {h.now ? (
              <div className="ee-headline-now">
                <p className="ee-vintage">{`Now · ${h.now.vintage}`}</p>
                <p className="ee-headline-now-value">
                  {`${nowText(h.now)} `}
                  <span className="ee-headline-meta">{`${h.now.from} to ${h.now.to}`}</span>
                </p>
                <p className="ee-headline-meta">{`${h.now.measure}. ${h.now.note}`}</p>
              </div>
            ) : (
              <p className="ee-headline-meta ee-headline-now">No newer official figure in this dashboard’s sources.</p>
            )}
            {h.evidenceCard && (
              <a
                href={`${hrefFor(h.evidenceTab)}#${h.evidenceCard}`}
                onClick={(e) => {
                  onOpen(h.evidenceTab, e);
                  const card = h.evidenceCard;
                  if (card) window.setTimeout(() => document.getElementById(card)?.scrollIntoView?.(), 0);
                }}
              >
                See the evidence<span className="ee-visually-hidden"> for “{h.label}”</span> on {tabById(h.evidenceTab).label}
              </a>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
