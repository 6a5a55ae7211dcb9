import { describe, expect, test } from 'vitest';
import { niceAxis } from '../../../src/charts/niceAxis';

describe('niceAxis', () => {
  test('data peaking near 8,150 gets an axis to 9,000, not 10,000, in four ticks', () => {
    expect(niceAxis(0, 8150).ticks).toEqual([0, 3000, 6000, 9000]);
  });

  test('never more ticks than asked, at least three where the data allow, and the data always inside', () => {
    for (const [lo, hi] of [
      [0, 1],
      [0, 22_400],
      [-20, 140],
      [0.45, 0.62],
      [3.1, 9.7],
      [0, 1_234_567],
    ] as const) {
      for (const n of [3, 4, 5]) {
        const { ticks, domain } = niceAxis(lo, hi, n);
        expect(ticks.length).toBeLessThanOrEqual(n);
        expect(ticks.length).toBeGreaterThanOrEqual(3);
        expect(domain[0]).toBeLessThanOrEqual(lo);
        expect(domain[1]).toBeGreaterThanOrEqual(hi);
        expect(ticks[0]).toBe(domain[0]);
        expect(ticks[ticks.length - 1]).toBe(domain[1]);
      }
    }
  });

  test('ticks are round numbers without binary noise', () => {
    expect(niceAxis(0, 0.6).ticks).toEqual([0, 0.2, 0.4, 0.6]);
    expect(niceAxis(0, 9.2).ticks).toEqual([0, 2.5, 5, 7.5, 10]);
  });

  test('an index axis has a tick at 100', () => {
    expect(niceAxis(40, 130, 5, 100).ticks).toContain(100);
    expect(niceAxis(95, 180, 5, 100).ticks).toContain(100);
  });
});
