import { scaleBand, scaleLinear } from 'd3-scale';
import { describe, expect, test } from 'vitest';

// d3-scale imports 'd3-interpolate', which vite.config.ts points at src/charts/vendor/interpolateNumbers.ts.
describe('d3-scale on the numbers-only stand-in for d3-interpolate', () => {
  test('a linear scale maps, inverts, rounds and clamps as d3’s does', () => {
    const y = scaleLinear().domain([0, 50]).range([400, 0]);
    expect(y(0)).toBe(400);
    expect(y(12.5)).toBe(300);
    expect(y.invert(100)).toBe(37.5);
    expect(scaleLinear().domain([0, 3]).rangeRound([0, 100])(1)).toBe(33);
    expect(scaleLinear().domain([0, 10]).range([0, 100]).clamp(true)(20)).toBe(100);
  });

  test('a scale through several stops (piecewise) and a band scale', () => {
    const s = scaleLinear().domain([0, 1, 3]).range([0, 100, 120]);
    expect(s(0.5)).toBe(50);
    expect(s(2)).toBe(110);
    const x = scaleBand<string>().domain(['a', 'b']).range([0, 100]);
    expect(x('b')).toBe(50);
  });

  test('a colour range fails with a message naming the stand-in, not a wrong colour', () => {
    const s = scaleLinear<string>().domain([0, 1]).range(['white', 'black']);
    expect(() => s(0.5)).toThrow(/expected two numbers.*interpolateNumbers\.ts/);
  });
});
