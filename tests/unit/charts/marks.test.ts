import { describe, expect, it } from 'vitest';
import type { FocusMark } from '../../../src/charts/marks';
import { nearestMark, nextMark } from '../../../src/charts/marks';

const mark = (s: number, i: number, x: number, y = 0): FocusMark => ({
  key: `${s}:${i}`,
  s,
  i,
  x,
  y,
  title: `series ${s}`,
  detail: `point ${i}`,
  color: 'black',
});

// Three series: 0 and 2 have four points at x = 0, 10, 20, 30; series 1 has
// three points at x = 5, 15, 25 (a shorter, offset series).
const grid: FocusMark[] = [
  ...[0, 1, 2, 3].map((i) => mark(0, i, i * 10)),
  ...[0, 1, 2].map((i) => mark(1, i, 5 + i * 10)),
  ...[0, 1, 2, 3].map((i) => mark(2, i, i * 10)),
];
const at = (s: number, i: number): FocusMark => {
  const m = grid.find((g) => g.s === s && g.i === i);
  if (!m) throw new Error(`no mark ${s}:${i}`);
  return m;
};
const key = (m: FocusMark | undefined) => m?.key;

describe('nextMark: where an arrow key leads', () => {
  it('ArrowRight moves to the next point of the same series, and nowhere past the last', () => {
    expect(key(nextMark(grid, at(0, 0), 'ArrowRight'))).toBe('0:1');
    expect(key(nextMark(grid, at(0, 2), 'ArrowRight'))).toBe('0:3');
    expect(nextMark(grid, at(0, 3), 'ArrowRight')).toBeUndefined();
  });

  it('ArrowLeft moves to the previous point, and nowhere before the first', () => {
    expect(key(nextMark(grid, at(2, 3), 'ArrowLeft'))).toBe('2:2');
    expect(nextMark(grid, at(2, 0), 'ArrowLeft')).toBeUndefined();
  });

  it('Home and End jump to the first and last point of the series', () => {
    expect(key(nextMark(grid, at(0, 2), 'Home'))).toBe('0:0');
    expect(key(nextMark(grid, at(0, 1), 'End'))).toBe('0:3');
    expect(key(nextMark(grid, at(1, 0), 'End'))).toBe('1:2');
  });

  it('ArrowDown and ArrowUp move to the same position in the next and previous series', () => {
    expect(key(nextMark(grid, at(0, 1), 'ArrowDown'))).toBe('1:1');
    expect(key(nextMark(grid, at(1, 2), 'ArrowDown'))).toBe('2:2');
    expect(key(nextMark(grid, at(2, 0), 'ArrowUp'))).toBe('1:0');
  });

  it('ArrowDown into a shorter series lands on the point nearest in x', () => {
    // series 1 has no fourth point; x = 30 is nearest its last point at x = 25
    expect(key(nextMark(grid, at(0, 3), 'ArrowDown'))).toBe('1:2');
  });

  it('stops at the first and last series', () => {
    expect(nextMark(grid, at(0, 0), 'ArrowUp')).toBeUndefined();
    expect(nextMark(grid, at(2, 0), 'ArrowDown')).toBeUndefined();
  });

  it('follows positions, not the order the marks come in', () => {
    const shuffled = [...grid].reverse();
    expect(key(nextMark(shuffled, at(0, 0), 'ArrowRight'))).toBe('0:1');
    expect(key(nextMark(shuffled, at(0, 0), 'End'))).toBe('0:3');
    expect(key(nextMark(shuffled, at(0, 0), 'ArrowDown'))).toBe('1:0');
  });

  it('moves between series whose numbers are not consecutive (small multiples number them panel × 100)', () => {
    const panels = [mark(0, 0, 0), mark(1, 0, 0), mark(100, 0, 0), mark(101, 0, 0)];
    expect(key(nextMark(panels, panels[1] as FocusMark, 'ArrowDown'))).toBe('100:0');
    expect(key(nextMark(panels, panels[2] as FocusMark, 'ArrowUp'))).toBe('1:0');
  });

  it('ignores other keys', () => {
    expect(nextMark(grid, at(0, 0), 'Enter')).toBeUndefined();
    expect(nextMark(grid, at(0, 0), 'a')).toBeUndefined();
  });
});

describe('nearestMark: the mark under the pointer', () => {
  it('returns the nearest mark', () => {
    expect(key(nearestMark(grid, 11, 0))).toBe('0:1');
    expect(key(nearestMark(grid, 24, 0))).toBe('1:2');
  });

  it('weights horizontal distance more than vertical, as readers scan along time', () => {
    const a = mark(0, 0, 10, 0); // 10 away in x
    const b = mark(1, 0, 0, 19); // 19 away in y
    expect(key(nearestMark([a, b], 0, 0))).toBe('1:0');
    // with equal weights a would have been nearer
    expect(Math.hypot(a.x, a.y)).toBeLessThan(Math.hypot(b.x, b.y));
  });

  it('returns undefined when there are no marks', () => {
    expect(nearestMark([], 0, 0)).toBeUndefined();
  });
});
