import type { FocusMark } from './marks';

interface Props {
  readonly mark: FocusMark | undefined;
  /** The marks of the active one's year, highest first: line and area charts list them all. */
  readonly column?: readonly FocusMark[];
  readonly width: number;
  readonly height: number;
}

/** A series' colour key in the tooltip: its line, dashed as drawn. */
function Key({ mark }: { mark: FocusMark }) {
  return (
    <svg className="ee-tooltip-key" width="16" height="10" viewBox="0 0 16 10" aria-hidden="true">
      <line x1="1" x2="15" y1="5" y2="5" stroke={mark.color} strokeWidth="3.5" strokeDasharray={mark.column?.dash || undefined} />
    </svg>
  );
}

/**
 * The tooltip: HTML over the SVG, placed in percentages of the chart's
 * viewBox so it lands right at any rendered size. Shown only on interaction,
 * so server-rendered pages carry no inline style. aria-hidden: the focused
 * mark's accessible name already says the same. On line and area charts it
 * lists every series drawn at the active year, highest first, each with its
 * colour key and its value in the chart's formatter; the active series in bold.
 */
export function Tooltip({ mark, column = [], width, height }: Props) {
  if (!mark) return null;
  const left = (mark.x / width) * 100;
  const rows = mark.column ? column : [];
  // A column's tooltip hangs from the crosshair's top, beside it: it never covers the point it describes.
  const top = ((rows.length && mark.column ? mark.column.top : mark.y) / height) * 100;
  const flip = left > 60;
  return (
    <div
      className={`ee-tooltip${flip ? ' ee-tooltip--left' : ''}${rows.length ? ' ee-tooltip--column' : ''}`}
      style={{ left: `${left}%`, top: `${top}%` }}
      role="presentation"
      aria-hidden="true"
    >
      {rows.length ? (
        <>
          <strong>{mark.column?.heading}</strong>
          <table className="ee-tooltip-rows">
            <tbody>
              {rows.map((m) => (
                <tr key={m.key} data-series={m.series} className={m.key === mark.key ? 'ee-tooltip-active' : undefined}>
                  <td>
                    <Key mark={m} />
                  </td>
                  <th scope="row">{m.column?.label}</th>
                  <td className="ee-tooltip-value">{m.column?.text}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <>
          <strong>{mark.title}</strong>
          <span>{mark.detail}</span>
        </>
      )}
    </div>
  );
}
