import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Choices } from '../../state/store';
import { useChoicesSnapshot } from '../../state/store';
import { PrintDeck } from './PrintDeck';

/**
 * "Print the deck": the slides (pinned charts, or the tab's) as an A4
 * landscape document, one chart a page, in deck order. The pages are drawn
 * outside the presentation and the deck panel (both hidden on paper), and
 * html[data-print='deck'] makes print.css show only them.
 */
export function PrintDeckButton({ className = 'ee-button' }: { className?: string }) {
  const snapshot = useChoicesSnapshot();
  const [printing, setPrinting] = useState<Choices | undefined>();
  useEffect(() => {
    if (!printing) return;
    const root = document.documentElement;
    root.dataset.print = 'deck';
    const done = () => setPrinting(undefined);
    window.addEventListener('afterprint', done);
    // Print once the pages are in the document.
    const frame = window.requestAnimationFrame(() => window.print());
    return () => {
      window.cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', done);
      if (root.dataset.print === 'deck') delete root.dataset.print;
    };
  }, [printing]);
  return (
    <>
      <button type="button" className={className} onClick={() => setPrinting(snapshot())} data-print-deck="">
        Print the deck
      </button>
      {printing && createPortal(<PrintDeck choices={printing} />, document.body)}
    </>
  );
}
