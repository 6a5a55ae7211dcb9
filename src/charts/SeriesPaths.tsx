import type { FocusMark } from './marks';

interface Props {
  readonly lines: readonly { readonly id: string; readonly d: string; readonly color: string; readonly dash: string }[];
  /** The mark under focus or pointer: the other series are dimmed. */
  readonly active: FocusMark | undefined;
  readonly strokeWidth: number;
}

/** The lines of a line chart or a small-multiples panel, each with its colour and dash. */
export function SeriesPaths({ lines, active, strokeWidth }: Props) {
  return (
    <g className="ee-lines" aria-hidden="true" fill="none" strokeLinejoin="round" strokeLinecap="round">
      {lines.map((ln) => (
        <path
          key={ln.id}
          className={active?.series !== undefined && active.series !== ln.id ? 'ee-line ee-dimmed' : 'ee-line'}
          data-series={ln.id}
          d={ln.d}
          stroke={ln.color}
          strokeWidth={strokeWidth}
          strokeDasharray={ln.dash || undefined}
        />
      ))}
    </g>
  );
}
