import { useActions, useDeck } from '../state/store';
import { specById } from './deck';
import { DownloadDeckButton } from './present/DownloadDeckButton';
import { PrintDeckButton } from './print/PrintDeckButton';

/** The custom deck: pinned charts in order, with reordering, removal and a button to present them. */
export function DeckPanel({ onPresent }: { onPresent: () => void }) {
  const deck = useDeck();
  const { moveInDeck, unpinFromDeck } = useActions();
  if (deck.length === 0) return null;
  return (
    <details className="ee-deck">
      <summary>
        Your presentation: {deck.length} chart{deck.length === 1 ? '' : 's'}
      </summary>
      <ol>
        {deck.map((id, i) => {
          const title = specById(id)?.title ?? id;
          return (
            <li key={id}>
              <span>{title}</span>
              <span className="ee-deck-buttons">
                <button
                  type="button"
                  className="ee-button"
                  onClick={() => moveInDeck(id, -1)}
                  disabled={i === 0}
                  aria-label={`Move up: ${title}`}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="ee-button"
                  onClick={() => moveInDeck(id, 1)}
                  disabled={i === deck.length - 1}
                  aria-label={`Move down: ${title}`}
                >
                  ↓
                </button>
                <button type="button" className="ee-button" onClick={() => unpinFromDeck(id)} aria-label={`Remove: ${title}`}>
                  Remove
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <button type="button" className="ee-button ee-button--primary" onClick={onPresent}>
        Present these
      </button>{' '}
      <DownloadDeckButton />
      <PrintDeckButton />
    </details>
  );
}
