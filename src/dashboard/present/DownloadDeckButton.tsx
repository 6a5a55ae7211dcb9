import { useState } from 'react';
import { pageBase, splitPath } from '../../state/route';
import { useChoicesSnapshot } from '../../state/store';

/**
 * "Download PowerPoint": the deck (pinned charts, or the tab's) as a .pptx.
 * The export code, pptxgenjs with it, loads only when pressed.
 */
export function DownloadDeckButton({ className = 'ee-button' }: { className?: string }) {
  const snapshot = useChoicesSnapshot();
  const [status, setStatus] = useState('');
  const run = async () => {
    setStatus('Preparing the PowerPoint file…');
    try {
      const { downloadDeck } = await import('./downloadDeck');
      const site = new URL(splitPath(window.location.pathname, pageBase()).base, window.location.origin).href;
      await downloadDeck(snapshot(), site);
      setStatus('PowerPoint file downloaded');
    } catch (e) {
      setStatus(`Download failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    window.setTimeout(() => setStatus(''), 6000);
  };
  return (
    <>
      <button type="button" className={className} onClick={() => void run()} data-export="pptx">
        Download PowerPoint
      </button>
      <span className="ee-status" role="status" aria-live="polite">
        {status}
      </span>
    </>
  );
}
