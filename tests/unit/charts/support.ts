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

/** The rows of a line or area chart's tooltip: each series' name and value, in the order shown. */
export const tooltipRows = (container: HTMLElement): string[][] =>
  [...container.querySelectorAll('.ee-tooltip-rows tr')].map((tr) => [
    tr.querySelector('th')?.textContent ?? '',
    tr.querySelector('.ee-tooltip-value')?.textContent ?? '',
  ]);

/**
 * Move the pointer over a chart to (x, y) in its viewBox coordinates. jsdom
 * has no layout: the screen is the viewBox (an identity matrix).
 */
export function hover(container: HTMLElement, x: number, y: number): void {
  const svg = container.querySelector('svg.ee-chart') as SVGSVGElement;
  Object.defineProperty(svg, 'getScreenCTM', { configurable: true, value: () => ({ inverse: () => ({}) }) });
  if (typeof globalThis.DOMPoint === 'undefined' || !('matrixTransform' in globalThis.DOMPoint.prototype)) {
    class Point {
      constructor(
        readonly x = 0,
        readonly y = 0,
      ) {}
      matrixTransform() {
        return this;
      }
    }
    (globalThis as { DOMPoint: unknown }).DOMPoint = Point;
  }
  const hit = container.querySelector('.ee-hit') as Element;
  act(() => {
    fireEvent.pointerMove(hit, { clientX: x, clientY: y });
  });
}
