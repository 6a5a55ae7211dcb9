import { useMemo } from 'react';
import { useChartChoicesMap, useTab, useThemeChoice } from '../../state/store';
import { encodeUrl } from '../../state/url';
import { ALL_RULES } from '../tabs';
import { ChartCard } from '../ChartCard';
import { ChartErrorBoundary } from '../ChartErrorBoundary';
import { BrokenCard } from '../BrokenCard';
import type { ChartUnit as ChartSpec } from '../../units/unit';
import { EmbeddedContext } from './embedded';

/**
 * One chart card on a page of its own, for an <iframe> on someone else's
 * site: no header, tabs or footer; the card's own title, finding, source and
 * licence; and a link to the same view in the full dashboard.
 */
export function EmbedPage({ spec }: { spec: ChartSpec }) {
  const tab = useTab();
  const theme = useThemeChoice();
  const charts = useChartChoicesMap();
  const own = charts[spec.id];
  // Embed pages sit two folders below the site's start: embed/<chart-id>/.
  const full = useMemo(
    () =>
      `${encodeUrl('../../', { tab, theme, charts: own ? { [spec.id]: own } : {}, deck: [], present: false, slide: 1 }, ALL_RULES)}#${spec.id}`,
    [tab, theme, own, spec.id],
  );
  return (
    <EmbeddedContext.Provider value={true}>
      <main className="ee-embed">
        <ChartErrorBoundary resetKey={spec.id} fallback={<BrokenCard title={spec.title} />}>
          <ChartCard spec={spec} headingLevel={2} />
        </ChartErrorBoundary>
        <p className="ee-embed-credit">
          <a href={full} target="_blank" rel="noopener">
            Explore this chart in the Evidence Explorer
          </a>{' '}
          · West of England Local Industrial Strategy evidence base
        </p>
      </main>
    </EmbeddedContext.Provider>
  );
}
