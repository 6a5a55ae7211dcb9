import { useEffect, useRef, useState } from 'react';
import { useActions, useChartChoicesMap, useDeck, useSlide, useTab } from '../../state/store';
import { deckFor } from '../deck';
import { Slide } from './Slide';
import { slideCommand, typedSlide } from './slideKeys';

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
  const count = slides.length;
  const current = Math.min(Math.max(1, slide), count);
  const ref = useRef<HTMLDivElement>(null);
  const [typed, setTyped] = useState('');
  const [width, setWidth] = useState(() => (typeof window === 'undefined' ? 1280 : window.innerWidth));

  useEffect(() => {
    const el = ref.current;
    el?.focus();
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
    if (slide !== current) goToSlide(current);
  }, [slide, current, goToSlide]);

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
  return (
    <div ref={ref} className="ee-present" role="dialog" aria-modal="true" aria-label="Presentation" tabIndex={-1} onKeyDown={onKeyDown}>
      {spec && <Slide key={spec.id} spec={spec} choices={charts[spec.id]} index={current} count={count} fontSize={slideFontSize(width)} />}
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
        <button type="button" className="ee-button ee-present-exit" onClick={onExit}>
          Exit (Esc)
        </button>
      </nav>
    </div>
  );
}
