import type { MouseEvent } from 'react';
import { useCallback, useEffect, useRef } from 'react';
import type { TabId } from './datasets/tabIds';
import { BrokenCard } from './dashboard/BrokenCard';
import { ChartCard } from './dashboard/ChartCard';
import { ChartErrorBoundary } from './dashboard/ChartErrorBoundary';
import { DeckPanelSlot } from './dashboard/DeckPanelSlot';
import { PresentationSlot } from './dashboard/present/PresentationSlot';
import { pageTitle } from './dashboard/pageTitle';
import { PrintButton } from './dashboard/print/PrintButton';
import { PrintMeta } from './dashboard/print/PrintMeta';
import { WorkshopSlot } from './dashboard/WorkshopSlot';
import { WorkshopSummary } from './dashboard/WorkshopSummary';
import { HeadlineCards } from './dashboard/HeadlineCards';
import { TabList } from './dashboard/TabList';
import { tabById } from './dashboard/tabs';
import { ThemePicker } from './dashboard/ThemePicker';
import { useStickyHeader } from './dashboard/useStickyHeader';
import { useTabData } from './dashboard/useTabData';
import { loadTabData, tabDataLoaded } from './series/chartData';
import { relativeHref } from './state/route';
import { useActions, usePresenting, useTab } from './state/store';

/** The one file that composes the app. */
export function App() {
  const current = useTab();
  const presenting = usePresenting();
  const { openTab, startPresenting, stopPresenting, chooseOption } = useActions();
  // Where the reader was, so leaving the presentation returns exactly there.
  const scrollBefore = useRef(0);
  const presentButton = useRef<HTMLButtonElement>(null);
  const header = useStickyHeader<HTMLElement>();
  const present = () => {
    scrollBefore.current = window.scrollY;
    startPresenting();
  };
  const exit = useCallback(() => {
    stopPresenting();
    requestAnimationFrame(() => {
      window.scrollTo({ top: scrollBefore.current });
      // Focus goes back where the presenter started (the dialog's focus is gone with it).
      presentButton.current?.focus({ preventScroll: true });
    });
  }, [stopPresenting]);
  const tab = tabById(current);
  useEffect(() => {
    document.title = pageTitle(current);
  }, [current]);
  const hrefFor = (to: TabId) => relativeHref(current, to);
  const dataReady = useTabData(current);
  // The tab switches once its charts' data is in (at once when it is): a click is never lost, nor shows an empty tab.
  const open = (to: TabId) => {
    const show = () => {
      openTab(to);
      window.scrollTo({ top: 0 });
    };
    // Data already in (warmed after hydration): switch in this event, as a tab should.
    if (tabDataLoaded(to)) show();
    else void loadTabData(to).then(show);
  };
  const openFromLink = (to: TabId, e: MouseEvent) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    open(to);
  };
  return (
    <>
      <a className="ee-skip" href="#panel">
        Skip to the charts
      </a>
      <header ref={header} className="ee-header">
        <div className="ee-header-inner">
          <p className="ee-brand">
            <span className="ee-brand-name">Evidence Explorer</span>
            <span className="ee-brand-sub">West of England Local Industrial Strategy evidence base</span>
          </p>
          <div className="ee-header-tools">
            <button ref={presentButton} type="button" className="ee-button ee-button--primary" onClick={present}>
              Present
            </button>
            <PrintButton />
            <ThemePicker />
          </div>
        </div>
        <nav className="ee-nav" aria-label="Themes">
          <TabList current={current} hrefFor={hrefFor} onOpen={open} />
        </nav>
      </header>
      <main id="panel" className="ee-main" role="tabpanel" aria-labelledby={`tab-${current}`} tabIndex={-1}>
        <DeckPanelSlot onPresent={present} />
        <PrintMeta />
        <div className="ee-intro">
          <h1>{tab.heading}</h1>
          <p>{tab.intro}</p>
        </div>
        {current === 'overview' && <HeadlineCards hrefFor={hrefFor} onOpen={openFromLink} />}
        {current === 'overview' && <h2 className="ee-section-title">The key chart of each theme</h2>}
        {current === 'workshop' && <WorkshopSlot />}
        {!dataReady && <p role="status">Loading the charts…</p>}
        <div className="ee-cards">
          {dataReady &&
            tab.charts.map((spec) => (
              <ChartErrorBoundary key={spec.id} resetKey={spec.id} fallback={<BrokenCard title={spec.title} />}>
                <ChartCard spec={spec} headingLevel={current === 'overview' ? 3 : 2} />
              </ChartErrorBoundary>
            ))}
        </div>
        {tab.workshopTheme && (
          <WorkshopSummary
            theme={tab.workshopTheme}
            href={`${hrefFor('workshop')}?workshop.keyTheme=${tab.workshopTheme}`}
            onOpen={(e) => {
              if (e.metaKey || e.ctrlKey || e.shiftKey) return;
              e.preventDefault();
              chooseOption('workshop', 'keyTheme', tab.workshopTheme);
              open('workshop');
            }}
          />
        )}
      </main>
      {presenting && <PresentationSlot onExit={exit} />}
      <footer className="ee-footer">
        <p>
          Figures from the West of England Local Industrial Strategy evidence base (2019) and official statistics from ONS, BEIS and DESNZ.
          Contains public sector information licensed under the Open Government Licence v3.0.
        </p>
      </footer>
    </>
  );
}
