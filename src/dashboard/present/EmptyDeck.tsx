import { useEffect, useRef } from 'react';

/**
 * What presentation mode shows when the deck has no slides (a tab without
 * charts, such as the Workshop tab): why, and the way back, focused so a
 * keyboard or screen reader user lands on it. Never a blank "0 / 0".
 */
export function EmptyDeck({ tabLabel, onExit }: { tabLabel: string; onExit: () => void }) {
  const back = useRef<HTMLButtonElement>(null);
  useEffect(() => back.current?.focus(), []);
  return (
    <section className="ee-present-empty" aria-labelledby="ee-present-empty-title">
      <h2 id="ee-present-empty-title">Nothing to present</h2>
      <p>
        This presentation has no slides: the {tabLabel} tab has no charts, and no chart has been added to the presentation. On a tab with
        charts, press “Present”, or pin charts from any tab with “Add to presentation”.
      </p>
      <button ref={back} type="button" className="ee-button" onClick={onExit}>
        Back to the page (Esc)
      </button>
    </section>
  );
}
