import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ALL_RULES } from '../../../src/dashboard/tabs';
import { canonicalUrl } from '../../../src/state/canonicalUrl';
import { createChoicesStore } from '../../../src/state/store';
import { startUrlSync } from '../../../src/state/urlSync';

/** Split a test address as the browser's location does. */
function parts(address: string) {
  const u = new URL(address, 'https://example.org');
  return { pathname: u.pathname, search: u.search, hash: u.hash };
}
const canonical = (address: string, base = '/') => canonicalUrl(parts(address), ALL_RULES, base);

describe('canonicalUrl: the address of what a link shows', () => {
  it.each([
    ['/?theme=<script>alert(1)</script>', '/'],
    ['/?theme=dark&theme=light&theme=%00', '/?theme=dark'],
    ['/?__proto__.polluted=1&constructor.prototype.polluted=1', '/'],
    ['/business/?economy.from=%E0%A4%A&economy.to=%&economy.areas=%ZZ', '/business/'],
    ['/business/?economy.mode=indexed&x.y=1&economy.mode=INDEXED', '/business/?economy.mode=indexed'],
    ['/innovation/?university-income.sort=name#<img src=x onerror=alert(1)>', '/innovation/?university-income.sort=name'],
    ['/innovation/#university-income', '/innovation/#university-income'],
    ['/clean-growth/?co2-per-head.view=table&view=table&.view=table&=x&&&==&?', '/clean-growth/?co2-per-head.view=table'],
    ['/nowhere/?theme=contrast', '/?theme=contrast'],
  ])('%s → %s', (link, expected) => {
    expect(canonical(link)).toBe(expected);
  });

  it('merges repeated slashes in the path, under a sub-path too', () => {
    expect(canonical('/innovation//', '/')).toBe('/innovation/');
    expect(canonical('/evidence//clean-growth//?theme=dark', '/evidence/')).toBe('/evidence/clean-growth/?theme=dark');
  });

  it('is stable: the canonical address of a canonical address is itself, for 3,000 hostile links (seeded)', () => {
    const tab = fc.constantFrom('', 'innovation/', 'business/', 'workshop/', 'clean-growth/');
    const key = fc.constantFrom(
      'theme',
      'deck',
      'present',
      'slide',
      'economy.mode',
      'economy.areas',
      'economy.from',
      'workshop.q',
      '__proto__.x',
    );
    const value = fc.oneof(
      fc.constantFrom('dark', 'indexed', 'E06000023,E06000025', '2010', '1', '%', '%E0%A4%A', '%00', '<script>', '\u202E', 'economy'),
      fc.string({ unit: 'grapheme', maxLength: 20 }).map(encodeURIComponent),
    );
    const hash = fc.oneof(fc.constant(''), fc.constantFrom('#economy', '#<x>', '#a b', `#${'a'.repeat(100)}`));
    const link = fc
      .tuple(tab, fc.array(fc.tuple(key, value), { maxLength: 8 }), hash)
      .map(([t, ps, h]) => `/${t}?${ps.map(([k, v]) => `${k}=${v}`).join('&')}${h}`);
    fc.assert(
      fc.property(link, (l) => {
        const once = canonical(l);
        expect(canonical(once)).toBe(once);
        // Text the reader typed (workshop.q) stays, percent-encoded: nothing raw that could be markup or reorder text.
        expect(once).not.toMatch(/[<>"\s\u202e]/);
        expect(once).not.toMatch(/[?&]__proto__/);
      }),
      { numRuns: 3000, seed: 20_190_416 },
    );
  }, 30_000);
});

describe('startUrlSync: a hostile address is replaced at load, without a new history entry', () => {
  let stop: (() => void) | undefined;
  afterEach(() => {
    stop?.();
    stop = undefined;
    window.history.replaceState(null, '', '/');
  });

  it('replaces the address before any interaction and keeps the history length', () => {
    window.history.replaceState(null, '', '/business/?economy.mode=indexed&theme=%3Cscript%3E&__proto__.x=1#%3Cimg%3E');
    const length = window.history.length;
    stop = startUrlSync(createChoicesStore(), ALL_RULES);
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/business/?economy.mode=indexed');
    expect(window.history.length).toBe(length);
  });

  it('leaves a canonical address as it is, card fragment included', () => {
    window.history.replaceState(null, '', '/business/?economy.mode=indexed#economy');
    stop = startUrlSync(createChoicesStore(), ALL_RULES);
    expect(window.location.pathname + window.location.search + window.location.hash).toBe('/business/?economy.mode=indexed#economy');
  });
});
