import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useActions, useChartChoicesMap, useDeck, useSlide, useTab } from '../../state/store';
import { deckFor } from '../deck';
import { tabById } from '../tabs';
import { EmptyDeck } from './EmptyDeck';
import { DownloadDeckButton } from './DownloadDeckButton';
import { PrintDeckButton } from '../print/PrintDeckButton';
import { Slide } from './Slide';
import { slideCommand, typedSlide } from './slideKeys';
import { WORKSHOP_DECK } from './workshopDeck';

// The workshop's data is a chunk of its own: loaded only when its deck is shown.
const WorkshopSlide = lazy(() => import('./WorkshopSlide'));

/** Chart text size for the window: 18 px at 1280 wide, 24 px at 1920, never below 18. */
export const slideFontSize = (width: number): number => Math.max(18, Math.round(width / 80));

/**
 * The deck on a shared screen: one chart per slide, keyboard and pointer
 * navigation, full screen where the browser allows it and the full window
 * where it does not. Loaded on demand: not part of the first view.
 */
export default function Presentation({ onExit }: { onExit: () => void }) {
  const tab = useTab();
  const pinned = useDeck();
  const slide = useSlide();
  const charts = useChartChoicesMap();
  const { goToSlide } = useActions();
  const slides = deckFor(tab, pinned);
  // The Workshop tab has no charts: its deck is its counts, action grid and ideas.
  const workshopDeck = slides.length === 0 && tab === 'workshop';
  const count = workshopDeck ? WORKSHOP_DECK.length : slides.length;
  const current = Math.min(Math.max(1, slide), count);
  const ref = useRef<HTMLDivElement>(null);
  const [typed, setTyped] = useState('');
  const [width, setWidth] = useState(() => (typeof window === 'undefined' ? 1280 : window.innerWidth));

  useEffect(() => {
    const el = ref.current;
    // Unless a child took focus first (the empty deck's way back).
    if (!el?.contains(document.activeElement)) el?.focus();
    // Full screen needs a user gesture: a pasted link falls back to the full window.
    el?.requestFullscreen?.().catch(() => undefined);
    const onFs = () => {
      if (!document.fullscreenElement && el?.dataset.fullscreen === 'true') onExit();
      if (el) el.dataset.fullscreen = document.fullscreenElement ? 'true' : 'false';
    };
    const onResize = () => setWidth(window.innerWidth);
    document.addEventListener('fullscreenchange', onFs);
    window.addEventListener('resize', onResize);
    document.documentElement.classList.add('ee-presenting');
    return () => {
      document.removeEventListener('fullscreenchange', onFs);
      window.removeEventListener('resize', onResize);
      document.documentElement.classList.remove('ee-presenting');
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [onExit]);

  useEffect(() => {
    if (count > 0 && slide !== current) goToSlide(current);
  }, [slide, current, count, goToSlide]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    const cmd = slideCommand(e.key, current, count);
    if (!cmd) return;
    e.preventDefault();
    if (cmd === 'exit') onExit();
    else if (cmd === 'enter') {
      const n = typedSlide(typed, count);
      setTyped('');
      if (n !== undefined) goToSlide(n);
    } else if ('digit' in cmd) setTyped((t) => (t + cmd.digit).slice(-3));
    else {
      setTyped('');
      goToSlide(cmd.go);
    }
  };

  const spec = slides[current - 1];
  if (count === 0)
    return (
      <div
        ref={ref}
        className="ee-present"
        role="dialog"
        aria-modal="true"
        aria-label="Presentation"
        tabIndex={-1}
        onKeyDown={(e) => e.key === 'Escape' && onExit()}
      >
        <EmptyDeck tabLabel={tabById(tab).label} onExit={onExit} />
      </div>
    );
  const workshopSpec = workshopDeck ? WORKSHOP_DECK[current - 1] : undefined;
  return (
    <div ref={ref} className="ee-present" role="dialog" aria-modal="true" aria-label="Presentation" tabIndex={-1} onKeyDown={onKeyDown}>
      {spec && <Slide key={spec.id} spec={spec} choices={charts[spec.id]} index={current} count={count} fontSize={slideFontSize(width)} />}
      {workshopSpec && (
        <Suspense fallback={<p role="status">Loading the workshop slides…</p>}>
          <WorkshopSlide key={workshopSpec.id} spec={workshopSpec} index={current} count={count} fontSize={slideFontSize(width)} />
        </Suspense>
      )}
      <nav className="ee-present-bar" aria-label="Slides">
        <button type="button" className="ee-button" onClick={() => goToSlide(current - 1)} disabled={current <= 1}>
          ← Previous
        </button>
        <span className="ee-present-count" aria-live="polite">
          {current} / {count}
          {typed && <span className="ee-present-typed"> → {typed}</span>}
        </span>
        <button type="button" className="ee-button" onClick={() => goToSlide(current + 1)} disabled={current >= count}>
          Next →
        </button>
        <DownloadDeckButton />
        <PrintDeckButton />
        <button type="button" className="ee-button ee-present-exit" onClick={onExit}>
          Exit (Esc)
        </button>
      </nav>
    </div>
  );
}
