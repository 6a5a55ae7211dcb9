import { describe, expect, it } from 'vitest';
import { TAB_IDS } from '../../../src/datasets/tabIds';
import { pathFor, relativeHref, splitPath } from '../../../src/state/route';

describe('splitPath: which tab a page address shows', () => {
  it.each([
    ['/evidence/clean-growth/', '/evidence/', 'clean-growth'],
    ['/evidence/clean-growth', '/evidence/', 'clean-growth'],
    ['/evidence/clean-growth/index.html', '/evidence/', 'clean-growth'],
    ['/evidence/', '/evidence/', 'overview'],
    ['/evidence/index.html', '/evidence/', 'overview'],
    ['/', '/', 'overview'],
    ['/index.html', '/', 'overview'],
    ['', '/', 'overview'],
    ['/business/', '/', 'business'],
    ['/a/b/c/innovation/', '/a/b/c/', 'innovation'],
  ] as const)('%s is the %s site, tab %s', (path, base, tab) => {
    expect(splitPath(path)).toEqual({ base, tab });
  });

  it('shows the overview for an unknown tab name', () => {
    expect(splitPath('/evidence/no-such-tab/').tab).toBe('overview');
    expect(splitPath('/Clean-Growth/').tab).toBe('overview'); // tab ids are case-sensitive
    expect(splitPath('/overview/').tab).toBe('overview');
  });

  it('round-trips with pathFor for every tab, at the root and under a sub-path', () => {
    for (const base of ['/', '/evidence/', '/a/b/']) {
      for (const tab of TAB_IDS) expect(splitPath(pathFor(base, tab))).toEqual({ base, tab });
    }
  });
});

describe('pathFor: the address of a tab', () => {
  it('puts the overview at the site root and every other tab in its own folder', () => {
    expect(pathFor('/', 'overview')).toBe('/');
    expect(pathFor('/evidence/', 'overview')).toBe('/evidence/');
    expect(pathFor('/evidence/', 'clean-growth')).toBe('/evidence/clean-growth/');
  });
});

describe('relativeHref: links that work from any sub-path', () => {
  it('links from the overview down into a tab folder, and back up from a tab', () => {
    expect(relativeHref('overview', 'clean-growth')).toBe('./clean-growth/');
    expect(relativeHref('overview', 'overview')).toBe('./');
    expect(relativeHref('clean-growth', 'overview')).toBe('../');
    expect(relativeHref('clean-growth', 'business')).toBe('../business/');
    expect(relativeHref('innovation', 'innovation')).toBe('../innovation/');
  });

  it('resolves to the right page from every tab, at the root and under a sub-path', () => {
    for (const base of ['/', '/evidence/']) {
      for (const from of TAB_IDS) {
        for (const to of TAB_IDS) {
          const page = new URL(pathFor(base, from), 'https://example.org');
          const target = new URL(relativeHref(from, to), page);
          expect(target.pathname, `${from} → ${to} under ${base}`).toBe(pathFor(base, to));
        }
      }
    }
  });
});
