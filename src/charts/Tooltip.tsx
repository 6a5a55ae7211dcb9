import type { FocusMark } from './marks';

interface Props {
  readonly mark: FocusMark | undefined;
  readonly width: number;
  readonly height: number;
}

/**
 * The tooltip: HTML over the SVG, placed in percentages of the chart's
 * viewBox so it lands right at any rendered size. Shown only on interaction,
 * so server-rendered pages carry no inline style. aria-hidden: the focused
 * mark's accessible name already says the same.
 */
export function Tooltip({ mark, width, height }: Props) {
  if (!mark) return null;
  const left = (mark.x / width) * 100;
  const top = (mark.y / height) * 100;
  const flip = left > 60;
  return (
    <div
      className={`ee-tooltip${flip ? ' ee-tooltip--left' : ''}`}
      style={{ left: `${left}%`, top: `${top}%` }}
      role="presentation"
      aria-hidden="true"
    >
      <strong>{mark.title}</strong>
      <span>{mark.detail}</span>
    </div>
  );
}
