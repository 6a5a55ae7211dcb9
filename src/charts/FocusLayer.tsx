import type { KeyboardEvent, PointerEvent } from 'react';
import { useRef, useState } from 'react';
import type { FocusMark } from './marks';
import { nearestMark, nextMark } from './marks';
import type { Palette } from '../themes/palette';
import { useHydrated } from './useHydrated';

interface Props {
  readonly marks: readonly FocusMark[];
  readonly width: number;
  readonly height: number;
  readonly palette: Palette;
  /** Accessible name of the group of marks. */
  readonly label: string;
  readonly onActive: (mark: FocusMark | undefined) => void;
  readonly active: FocusMark | undefined;
  /** The marks of the active one's year (line and area charts): a crosshair runs down it, a dot on each. */
  readonly column?: readonly FocusMark[];
  /** Click or Enter on a mark: charts that filter when clicked. */
  readonly onSelect?: (mark: FocusMark) => void;
}

/**
 * Keyboard and pointer access to a chart's marks: one tab stop (roving
 * tabindex), arrow keys move between points and series, Home/End jump,
 * Escape leaves. Each mark is announced by its accessible name.
 */
export function FocusLayer({ marks, width, height, palette, label, onActive, active, column = [], onSelect }: Props) {
  const ref = useRef<SVGGElement>(null);
  const [pointer, setPointer] = useState(false);
  const tabStop = active ?? marks[0];
  const hydrated = useHydrated();

  const focusMark = (m: FocusMark | undefined) => {
    if (!m) return;
    onActive(m);
    ref.current?.querySelector<SVGElement>(`[data-mark="${CSS.escape(m.key)}"]`)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<SVGGElement>) => {
    if (e.key === 'Escape') {
      onActive(undefined);
      (e.target as SVGElement).blur();
      return;
    }
    const from = active ?? marks[0];
    if (!from) return;
    if (onSelect && (e.key === 'Enter' || e.key === ' ')) {
      e.preventDefault();
      onSelect(from);
      return;
    }
    const to = nextMark(marks, from, e.key);
    if (to || ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End'].includes(e.key)) e.preventDefault();
    focusMark(to);
  };

  const onPointerMove = (e: PointerEvent<SVGRectElement>) => {
    const svg = e.currentTarget.ownerSVGElement;
    const ctm = svg?.getScreenCTM();
    if (!svg || !ctm) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    setPointer(true);
    onActive(nearestMark(marks, p.x, p.y));
  };

  return (
    <g
      ref={ref}
      className="ee-focus-layer"
      role="list"
      aria-label={label}
      onKeyDown={onKeyDown}
      onBlur={(e) => {
        // Focus left the chart: hide its tooltip (unless the pointer is over it).
        if (!pointer && !ref.current?.contains(e.relatedTarget as Node | null)) onActive(undefined);
      }}
    >
      <rect
        className={onSelect ? 'ee-hit ee-hit--select' : 'ee-hit'}
        width={width}
        height={height}
        fill="transparent"
        onPointerMove={onPointerMove}
        onClick={onSelect && active ? () => onSelect(active) : undefined}

        onPointerLeave={() => {
          if (pointer) onActive(undefined);
          setPointer(false);
        }}
      />
      {hydrated &&
        marks.map((m) => (
          <circle
            key={m.key}
            data-mark={m.key}
            role="listitem"
            aria-label={`${m.title}, ${m.detail}`}
            tabIndex={m.key === tabStop?.key ? 0 : -1}
            cx={m.x}
            cy={m.y}
            r={6}
            fill="transparent"
            className="ee-mark-target"
            onFocus={() => onActive(m)}
          />
        ))}
      {active && (
        <g pointerEvents="none" aria-hidden="true">
          {active.column && (
            <g className="ee-crosshair">
              <line
                x1={active.x}
                x2={active.x}
                y1={active.column.top}
                y2={active.column.bottom}
                stroke={palette.axis}
                strokeWidth={1}
                strokeDasharray="3 3"
              />
              {column
                .filter((m) => m.key !== active.key)
                .map((m) => (
                  <circle key={m.key} cx={m.x} cy={m.y} r={4} fill={m.color} stroke={palette.surface} strokeWidth={1.5} />
                ))}
            </g>
          )}
          <circle cx={active.x} cy={active.y} r={7} fill={palette.surface} stroke={active.color} strokeWidth={3} />
          <circle cx={active.x} cy={active.y} r={10.5} fill="none" stroke={palette.focus} strokeWidth={2} className="ee-focus-ring" />
        </g>
      )}
    </g>
  );
}
