import { LIVE_PALETTE, paint } from '../themes/palette';
import type { LegendItem } from '../units/unit';

interface Props {
  readonly items: readonly LegendItem[];
  /** When given, entries are toggle buttons that hide and show their series. */
  readonly onToggle?: (id: string) => void;
}

/** A short line in the series' colour and dash: the key of a legend entry or a "Show" tick. */
export function Swatch({ item }: { item: LegendItem }) {
  return (
    <svg className="ee-swatch" width="22" height="12" viewBox="0 0 22 12" aria-hidden="true">
      <line
        x1="1"
        x2="21"
        y1="6"
        y2="6"
        stroke={paint(LIVE_PALETTE, item.color)}
        strokeWidth="4"
        strokeDasharray={item.dash || undefined}
        strokeLinecap="butt"
      />
    </svg>
  );
}

export function Legend({ items, onToggle }: Props) {
  if (items.length === 0) return null;
  return (
    <ul className="ee-legend" aria-label="Legend">
      {items.map((item) => (
        <li key={item.id} data-legend-series={item.id}>
          {onToggle ? (
            <button
              type="button"
              className="ee-legend-button"
              aria-pressed={!item.hidden}
              onClick={() => onToggle(item.id)}
              title={item.hidden ? `Show ${item.label}` : `Hide ${item.label}`}
            >
              <Swatch item={item} />
              <span className={item.hidden ? 'ee-legend-hidden' : undefined}>{item.label}</span>
            </button>
          ) : (
            <span className="ee-legend-entry">
              <Swatch item={item} />
              {item.label}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
