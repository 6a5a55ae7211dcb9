import { act, fireEvent } from '@testing-library/react';
import { THEMES } from '../../../src/themes/themes';
import { paletteOf } from '../../../src/themes/palette';

/** Concrete colours, so a test can tell a highlighted bar from a dimmed one. */
export const PALETTE = paletteOf(THEMES.light);

/** The accessible name of the element that has focus: what a screen reader announces. */
export const focusedName = (): string | null => document.activeElement?.getAttribute('aria-label') ?? null;

/** The marks a reader can reach, in document order. */
export const marksIn = (container: HTMLElement): SVGElement[] => [...container.querySelectorAll<SVGElement>('[data-mark]')];

/** The tooltip's text, or null when none is shown. */
export const tooltipText = (container: HTMLElement): string | null => container.querySelector('.ee-tooltip')?.textContent ?? null;

/** Marks with tabindex 0: a chart is one tab stop. */
export const tabStops = (container: HTMLElement): SVGElement[] => marksIn(container).filter((m) => m.getAttribute('tabindex') === '0');

/**
 * Where a value lands on a y axis, interpolated from two of its ticks (the
 * layouts return ticks, not scales).
 */
export function yOf(ticks: readonly { value: number | string; pos: number }[], v: number): number {
  const [a, b] = ticks;
  if (!a || !b) throw new Error('need two ticks');
  const va = Number(a.value);
  const vb = Number(b.value);
  return a.pos + ((v - va) * (b.pos - a.pos)) / (vb - va);
}

/** Move keyboard focus to an element, as a click or a tab would, and let React update. */
export function focusOn(el: Element | undefined): void {
  if (!el) throw new Error('nothing to focus');
  act(() => (el as HTMLElement | SVGElement).focus());
}

/** Press a key on whatever has focus. */
export function press(key: string): void {
  const el = document.activeElement;
  if (!el) throw new Error('nothing has focus');
  fireEvent.keyDown(el, { key });
}
