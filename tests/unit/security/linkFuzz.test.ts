import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { THEME_NAMES } from '../../../src/themes/themes';
import { ALL_RULES } from '../../../src/dashboard/tabs';
import { TAB_IDS } from '../../../src/datasets/tabIds';
import type { ChartChoices } from '../../../src/units/choices';
import { pathFor, splitPath } from '../../../src/state/route';
import type { ChartRules } from '../../../src/units/rules';
import { OPTION_KEYS } from '../../../src/units/choices';
import type { Choices } from '../../../src/state/store';
import { decodeUrl, encodeUrl } from '../../../src/state/url';

/**
 * Links are input from anyone: a shared address can hold anything. For tens
 * of thousands of random and hostile addresses, decodeUrl never throws, gives
 * choices the app can show, touches no prototype, and what encodeUrl writes
 * for them reads back as the same choices.
 */

const RUNS = 10_000;
const SEED = 20_190_416;
const RULES: ReadonlyMap<string, ChartRules> = new Map(ALL_RULES.map((r) => [r.id, r]));
const THEMES: readonly string[] = ['auto', ...THEME_NAMES];
const CHOICE_NAMES = ['view', 'q', ...OPTION_KEYS, 'areas', 'hide', 'from', 'to'] as const;

// --- what an address is made of ---------------------------------------------------------

/** Percent-encodings, well-formed and not: truncated, invalid UTF-8, overlong, surrogates, NUL. */
const PERCENT = [
  '%E0%A4%A',
  '%',
  '%%',
  '%2',
  '%zz',
  '%00',
  '%FF',
  '%C0%AF',
  '%ED%A0%80',
  '%F0%9F%98',
  '%E2%80%AE',
  '%EF%BB%BF',
  '%2C',
  '%26',
  '%3D',
  '%2B',
  '%23',
];

const unicode = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string());

/** Every known choice value, and some near misses. */
const knownValues = (() => {
  const v = new Set<string>([
    'table',
    'none',
    '1',
    '0',
    'true',
    '',
    ' ',
    ',',
    ',,',
    'woe,',
    '1997',
    '2047',
    '2019',
    '2005',
    '99999',
    '-1',
    '1e3',
    '0x7d5',
  ]);
  for (const r of ALL_RULES) {
    for (const list of Object.values(r.options)) for (const o of list ?? []) v.add(o).add(o.toUpperCase()).add(` ${o}`);
    if (r.areas)
      v.add(r.areas.join(','))
        .add([...r.areas].reverse().join(','))
        .add(`${r.areas[0]},${r.areas[0]}`);
    if (r.series) v.add(r.series.join(',')).add(`${r.series[0]},nope`);
    if (r.years) for (const y of [r.years.min - 1, r.years.min, r.years.max, r.years.max + 1]) v.add(String(y));
    v.add(r.id).add(`${r.id},${r.id}`);
  }
  v.add(ALL_RULES.map((r) => r.id).join(','));
  return [...v];
})();

const hostileKeys = [
  'theme',
  'deck',
  'present',
  'slide',
  '__proto__',
  '__proto__.x',
  '__proto__.polluted',
  'constructor',
  'constructor.prototype',
  'constructor.prototype.polluted',
  'prototype',
  'economy.__proto__',
  'economy.constructor',
  '__proto__.__proto__',
  'toString.x',
  'hasOwnProperty.q',
  'economy.',
  '.economy',
  'economy..from',
  'economy.from.to',
  'ECONOMY.from',
  'economy.FROM',
  'workshop.q.q',
];
const knownKeys = ALL_RULES.flatMap((r) => CHOICE_NAMES.map((n) => `${r.id}.${n}`));

const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...knownKeys) },
  { weight: 2, arbitrary: fc.constantFrom(...hostileKeys) },
  { weight: 1, arbitrary: unicode },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...ALL_RULES.map((r) => r.id)), unicode).map(([id, k]) => `${id}.${k}`) },
);

const hugeValue = fc
  .tuple(fc.integer({ min: 1000, max: 50_000 }), fc.constantFrom('a', '😀', ' ', ',', '%', 'E06000023,', '<script>'))
  .map(([n, s]) => s.repeat(Math.ceil(n / s.length)));

const value = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...knownValues) },
  { weight: 2, arbitrary: unicode },
  { weight: 1, arbitrary: fc.webUrl({ withFragments: true, withQueryParameters: true }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      'javascript:alert(1)',
      '"><svg onload=alert(1)>',
    ),
  },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom(...knownValues), { maxLength: 6 }).map((a) => a.join(',')) },
);

/** encodeURIComponent, which throws on a lone surrogate: then the text goes in as it is. */
const encode = (s: string): string => {
  try {
    return encodeURIComponent(s);
  } catch {
    return s;
  }
};

/** A piece of an address as a browser might receive it: raw, encoded, or with broken percent-escapes spliced in. */
const asWritten = (s: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.oneof(
    s,
    s.map(encode),
    fc.tuple(s, fc.constantFrom(...PERCENT), fc.nat()).map(([t, p, at]) => {
      const i = t.length ? at % (t.length + 1) : 0;
      return t.slice(0, i) + p + t.slice(i);
    }),
  );

const pair = fc.tuple(asWritten(key), fc.option(asWritten(value), { nil: undefined }));
const join = (pairs: readonly (readonly [string, string | undefined])[], sep: string): string =>
  pairs.map(([k, v]) => (v === undefined ? k : `${k}=${v}`)).join(sep);

/** Thousands of parameters, repeating a few short ones. */
const shortPair = fc.tuple(asWritten(key), fc.option(asWritten(fc.constantFrom(...knownValues)), { nil: undefined }));
const manyParams = fc
  .tuple(fc.integer({ min: 1000, max: 3000 }), fc.array(shortPair, { minLength: 1, maxLength: 8 }))
  .map(([n, pool]) => Array.from({ length: n }, (_, i) => pool[i % pool.length] as readonly [string, string | undefined]));

const search = fc
  .tuple(
    fc.constantFrom('?', '', '??', '?&', '&', '#'),
    fc.oneof(
      { weight: 18, arbitrary: fc.array(pair, { maxLength: 25 }) },
      { weight: 1, arbitrary: manyParams },
      // One huge value (up to 50,000 characters) among ordinary parameters.
      {
        weight: 1,
        arbitrary: fc.tuple(fc.array(pair, { maxLength: 5 }), asWritten(key), hugeValue).map(([ps, k, v]) => [...ps, [k, v] as const]),
      },
    ),
    fc.constantFrom('&', '&', '&', ';', '&&', '&amp;'),
    fc.option(fc.oneof(fc.webFragments(), unicode), { nil: undefined }),
  )
  .map(([start, pairs, sep, hash]) => `${start}${join(pairs, sep)}${hash === undefined ? '' : `#${hash}`}`);

/** Pathnames as location.pathname gives them: they start with "/". */
const realisticPath = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('/', '/evidence/', '/a/b/', '/evidence%20explorer/', '/%E2%80%AE/'),
      fc.constantFrom(...TAB_IDS),
      fc.constantFrom('', 'index.html'),
    )
    .map(([base, tab, file]) => `${base}${tab === 'overview' ? '' : `${tab}/`}${file}`),
  // Repeated slashes are left to the list below and to BUG url/repeated-slashes.
  fc.webPath().map((p) => `/${p}`.replace(/\/{2,}/g, '/')),
  fc.constantFrom(
    '/',
    '/index.html',
    '/clean-growth',
    '/clean-growth/../innovation/',
    '/%2e%2e/clean-growth/',
    '/CLEAN-GROWTH/',
    '/__proto__/',
    '/constructor/',
    '/toString/',
    '/hasOwnProperty/',
    '/overview/',
    '/evidence/workshop/index.html',
    '/evidence/workshop/index.htm',
    '/;/clean-growth/',
    '//clean-growth/',
    '/clean-growth//',
    '/\u202Eclean-growth/',
    `/${'a/'.repeat(2000)}`,
  ),
  unicode.map((s) => `/${s}`.replace(/\/{2,}/g, '/')),
);
/** And anything at all: decodeUrl must not throw whatever it is given. */
const anyPath = fc.oneof(
  { weight: 4, arbitrary: realisticPath },
  { weight: 1, arbitrary: unicode },
  { weight: 1, arbitrary: fc.constantFrom('', '/', '//', '//evil.example/', 'http://evil.example/', 'javascript:alert(1)//', 'x') },
);

// --- what valid choices are ------------------------------------------------------------------

/** The pathname a browser shows for an address typed with this path (location.pathname), if it stays on the site. */
function asLocation(path: string): string | undefined {
  try {
    const url = new URL(path, 'https://site.example/');
    return url.origin === 'https://site.example' ? url.pathname : undefined;
  } catch {
    return undefined;
  }
}

/** Lone surrogates make a string that encodeURIComponent refuses (see BUG url/split-surrogate). */
const hasLoneSurrogate = (s: string): boolean => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

const unique = (a: readonly string[]): boolean => new Set(a).size === a.length;

/** What is wrong with one chart choice, or undefined when the chart offers it. */
function choiceProblem(r: ChartRules, k: string, v: unknown): string | undefined {
  const bad = (why: string) => `${r.id}.${k} = ${JSON.stringify(v)}: ${why}`;
  switch (k) {
    case 'table':
      return v === true ? undefined : bad('not true');
    case 'hidden':
      if (!Array.isArray(v) || v.length === 0 || !unique(v)) return bad('not a non-empty list without repeats');
      return v.every((s) => r.series?.includes(s)) ? undefined : bad('a series the chart does not have');
    case 'areas':
      if (!Array.isArray(v) || !unique(v)) return bad('not a list without repeats');
      return v.every((a) => r.areas?.includes(a)) ? undefined : bad('an area the chart does not offer');
    case 'from':
    case 'to':
      if (!Number.isInteger(v)) return bad('not a whole year');
      return r.years !== undefined && (v as number) >= r.years.min && (v as number) <= r.years.max ? undefined : bad('outside the years');
    case 'q':
      // Counted in characters (code points), as the search is cut.
      if (typeof v !== 'string' || v.length === 0 || r.query === undefined || Array.from(v).length > r.query)
        return bad('not a search of 1 to r.query characters');
      return v === v.trimStart() ? undefined : bad('leading white space');
    default:
      if (!(OPTION_KEYS as readonly string[]).includes(k)) return bad('not a choice');
      return r.options[k as keyof ChartRules['options']]?.includes(v as string) ? undefined : bad('not one of the options');
  }
}

/** What keeps these from being choices the app can show; empty when every field is of the right kind and every chart choice is one its chart offers. */
function problemsOf(c: Choices): string[] {
  const out: string[] = [];
  const keys = Object.keys(c).sort().join(',');
  if (keys !== 'charts,deck,present,slide,tab,theme') out.push(`fields ${keys}`);
  if (!(TAB_IDS as readonly string[]).includes(c.tab)) out.push(`tab ${JSON.stringify(c.tab)}`);
  if (!THEMES.includes(c.theme)) out.push(`theme ${JSON.stringify(c.theme)}`);
  if (typeof c.present !== 'boolean') out.push(`present ${JSON.stringify(c.present)}`);
  if (!Number.isInteger(c.slide) || c.slide < 1) out.push(`slide ${c.slide}`);
  if (!Array.isArray(c.deck) || !unique(c.deck) || c.deck.length > 50) out.push(`deck ${JSON.stringify(c.deck)}`);
  for (const id of c.deck) if (!RULES.has(id)) out.push(`deck id ${JSON.stringify(id)}`);
  if (Object.getPrototypeOf(c.charts) !== Object.prototype) out.push('charts is not a plain object');
  for (const [id, choice] of Object.entries(c.charts)) {
    const r = RULES.get(id);
    if (!r) {
      out.push(`chart ${JSON.stringify(id)}`);
      continue;
    }
    if (Object.getPrototypeOf(choice) !== Object.prototype || Object.keys(choice).length === 0)
      out.push(`${id}: not a non-empty plain object`);
    for (const [k, v] of Object.entries(choice)) {
      const p = v === undefined ? `${id}.${k} is undefined` : choiceProblem(r, k, v);
      if (p) out.push(p);
    }
    if (choice.from !== undefined && choice.to !== undefined && choice.from > choice.to)
      out.push(`${id}: from ${choice.from} after to ${choice.to}`);
  }
  return out;
}

const expectValid = (c: Choices): void => expect(problemsOf(c)).toEqual([]);

/** What the reader sees for each chart: its choices over its defaults, with absent lists and flags made explicit. */
function effective(c: Choices): unknown {
  const charts = ALL_RULES.map((r) => {
    const ch: ChartChoices = { ...r.defaults, ...c.charts[r.id] };
    return { ...ch, id: r.id, table: ch.table ?? false, hidden: ch.hidden ?? [], q: ch.q ?? '', areas: ch.areas ?? null };
  });
  return { tab: c.tab, theme: c.theme, present: c.present, slide: c.present ? c.slide : 1, deck: c.deck, charts };
}

// --- prototype pollution -------------------------------------------------------------------

const PROTO_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();
/** Whatever a link held, no prototype gained a property. */
function polluted(): string[] {
  const out: string[] = [];
  const names = Object.getOwnPropertyNames(Object.prototype);
  if (names.length !== PROTO_NAMES.length) out.push(`Object.prototype: ${names.filter((n) => !PROTO_NAMES.includes(n)).join(', ')}`);
  const probe = {} as Record<string, unknown>;
  for (const k of ['x', 'polluted', 'q', 'from', 'table', 'economy']) if (probe[k] !== undefined) out.push(`({}).${k}`);
  if ('polluted' in Array.prototype) out.push('Array.prototype.polluted');
  return out;
}
const expectNoPollution = (): void => expect(polluted()).toEqual([]);

/** The search part of what encodeUrl wrote, and the path it wrote it on. */
function split(url: string, base: string, c: Choices): { path: string; search: string } {
  const path = pathFor(base, c.tab);
  expect(url.startsWith(path)).toBe(true);
  return { path, search: url.slice(path.length) };
}

describe(`decodeUrl and encodeUrl on random and hostile links (seed ${SEED})`, () => {
  it(
    `for ${RUNS.toLocaleString('en-GB')} addresses: never throws, gives valid choices, pollutes no prototype, and encodeUrl ∘ decodeUrl is a fixed point`,
    { timeout: 300_000 },
    () => {
      let runs = 0;
      let skipped = 0;
      fc.assert(
        fc.property(anyPath, search, (pathname, query) => {
          let c1: Choices | undefined;
          expect(() => (c1 = decodeUrl(pathname, query, ALL_RULES))).not.toThrow();
          expectNoPollution();
          expectValid(c1 as Choices);
          // BUG url/split-surrogate and BUG url/repeated-slashes have their own tests below; the rest of the property holds without them.
          // (A browser reads "\\" in an http path as "/".)
          if (hasLoneSurrogate(c1!.charts.workshop?.q ?? '') || pathname.replace(/\\/g, '/').includes('//')) {
            skipped++;
            fc.pre(false);
          }
          runs++;
          const { base } = splitPath(pathname);
          const u1 = encodeUrl(base, c1!, ALL_RULES);
          const { path, search: s1 } = split(u1, base, c1!);
          const c2 = decodeUrl(path, s1, ALL_RULES);
          expectValid(c2);
          // Decoding what was written gives the same view …
          expect(effective(c2)).toEqual(effective(c1!));
          // … and from then on nothing changes: the address and the choices are fixed.
          const u2 = encodeUrl(splitPath(path).base, c2, ALL_RULES);
          expect(u2).toBe(u1);
          expect(decodeUrl(path, split(u2, base, c2).search, ALL_RULES)).toEqual(c2);
          // On a real page, every address the app can write, for any tab, stays on the site's origin.
          const page = asLocation(pathname);
          if (page !== undefined && !page.includes('//')) {
            const pageBase = splitPath(page).base;
            const away = TAB_IDS.map((tab) => encodeUrl(pageBase, { ...c1!, tab }, ALL_RULES)).filter(
              (u) => new URL(u, `https://site.example${page}`).origin !== 'https://site.example',
            );
            expect(away).toEqual([]);
          }
          expectNoPollution();
        }),
        { numRuns: RUNS, seed: SEED, maxSkipsPerRun: 1 },
      );
      expect(runs).toBe(RUNS);
      // Recorded for the report: how often a 100-character cut fell inside an emoji.
      expect(skipped).toBeLessThan(RUNS / 4);
    },
  );

  it('for 10,000 pathnames of any kind, with no query: never throws and gives a valid tab', { timeout: 60_000 }, () => {
    let runs = 0;
    fc.assert(
      fc.property(anyPath, (pathname) => {
        runs++;
        const c = decodeUrl(pathname, '', ALL_RULES);
        expectValid(c);
        expect(c.charts).toEqual({});
      }),
      { numRuns: 10_000, seed: SEED },
    );
    expect(runs).toBe(10_000);
  });

  it('finds what is wrong with choices no link can give (the checker itself)', () => {
    const ok: Choices = { tab: 'overview', theme: 'auto', charts: {}, present: false, slide: 1, deck: [] };
    expect(problemsOf(ok)).toEqual([]);
    const bad = [
      { ...ok, tab: 'evil' },
      { ...ok, theme: 'neon' },
      { ...ok, slide: 0 },
      { ...ok, deck: ['economy', 'economy'] },
      { ...ok, deck: ['nope'] },
      { ...ok, charts: { nope: { table: true } } },
      { ...ok, charts: { economy: { mode: 'evil' } } },
      { ...ok, charts: { economy: { areas: ['E99999999'] } } },
      { ...ok, charts: { economy: { from: 2019, to: 2000 } } },
      { ...ok, charts: { economy: { from: 1900 } } },
      { ...ok, charts: { economy: { q: 'no search here' } } },
      { ...ok, charts: { workshop: { q: 'x'.repeat(101) } } },
      { ...ok, charts: { economy: { table: false } } },
      { ...ok, charts: { economy: {} } },
      { ...ok, charts: { decoupling: { hidden: ['nope'] } } },
    ] as unknown as Choices[];
    for (const c of bad) expect(problemsOf(c), JSON.stringify(c)).not.toEqual([]);
  });

  it('ignores the keys that would reach a prototype, and the app’s own choices are untouched', () => {
    const c = decodeUrl(
      '/',
      '?__proto__.polluted=1&constructor.prototype.polluted=1&__proto__=x&economy.__proto__=x&economy.constructor=x&prototype.x=1',
      ALL_RULES,
    );
    expect(c).toEqual({ tab: 'overview', theme: 'auto', charts: {}, present: false, slide: 1, deck: [] });
    expectNoPollution();
  });

  it('reads only the first 200 parameters of 5,000, quickly', () => {
    // theme is the first parameter, so the 199 after it are read and the rest ignored.
    const params = Array.from({ length: 5000 }, (_, i) => `economy.mode=${i < 199 ? 'indexed' : 'absolute'}`).join('&');
    const started = performance.now();
    const c = decodeUrl('/', `?theme=dark&${params}&university-income.sort=name`, ALL_RULES);
    expect(performance.now() - started).toBeLessThan(500);
    expect(c.theme).toBe('dark');
    expect(c.charts['university-income']).toBeUndefined();
    expect(c.charts.economy).toEqual({ mode: 'indexed' });
  });

  /*
   * BUG url/split-surrogate: decodeChoice cuts a search to r.query (100)
   * UTF-16 code units: `value.trim().slice(0, r.query)`. When the cut falls
   * inside a character outside the BMP (an emoji), the kept half is a lone
   * surrogate, and encodeUrl's encodeURIComponent throws "URIError: URI
   * malformed": the store's URL sync (startUrlSync) throws on the next change,
   * and so does the card's "Copy link". Any link with 99 characters and then
   * an emoji in workshop.q does it. Proposed fix in src/state/url.ts:
   * `const q = Array.from(value.trim()).slice(0, r.query).join('')` (cut by
   * code point), or drop a trailing high surrogate after slicing; and make
   * encodeUrl robust with `s.toWellFormed()` before encodeURIComponent.
   */
  it('a search cut at 100 characters inside an emoji is still a valid, encodable choice', () => {
    const c = decodeUrl('/workshop/', `?workshop.q=${'a'.repeat(99)}${encodeURIComponent('😀')}`, ALL_RULES);
    expect(hasLoneSurrogate(c.charts.workshop?.q ?? '')).toBe(false);
    expect(() => encodeUrl('/', c, ALL_RULES)).not.toThrow();
  });

  /*
   * BUG url/repeated-slashes: splitPath does not collapse repeated slashes,
   * which static hosts such as nginx (merge_slashes, on by default) merge
   * before serving the page.
   * - https://host//clean-growth/ has the pathname "//clean-growth/": the base
   *   is "//", and encodeUrl writes "//innovation/" for another tab, a
   *   protocol-relative URL to the host "innovation"; history.pushState
   *   refuses it (SecurityError: a different origin), so opening a tab throws.
   * - https://host/clean-growth// (the clean-growth page) decodes as the
   *   overview under the base "/clean-growth/", and the address written for
   *   it, "/clean-growth/", reads back as clean-growth.
   * Proposed fix in src/state/route.ts splitPath: collapse repeated slashes
   * first (`pathname = pathname.replace(/\/{2,}/g, '/')`), so a base always
   * starts with exactly one "/" and never ends in an empty folder.
   */
  it('the address written for a page at //clean-growth/ stays on the origin', () => {
    const pathname = '//clean-growth/';
    const { base } = splitPath(pathname);
    const c = decodeUrl(pathname, '', ALL_RULES);
    const url = encodeUrl(base, { ...c, tab: 'innovation' }, ALL_RULES);
    expect(new URL(url, 'https://site.example/').origin).toBe('https://site.example');
  });

  it('/clean-growth// is the clean-growth tab', () => {
    expect(decodeUrl('/clean-growth//', '', ALL_RULES).tab).toBe('clean-growth');
  });

  /*
   * BUG route/base-named-like-a-tab: splitPath reads the last folder of the
   * path as the tab whenever it is a tab id, so a site hosted under a folder
   * named like a tab (https://example.org/innovation/) cannot show its own
   * overview: /innovation/ decodes as the innovation tab with base "/", and
   * the tab links, relative to the tab the app thinks it is on, leave the
   * site. Proposed fix: tell the base from the page itself, e.g. a
   * <meta name="ee-base"> or data attribute written by scripts/prerender.ts
   * per page (".", ".."), resolved against location once at start-up, rather
   * than guessing it from the pathname.
   */
  it('the overview of a site hosted at /innovation/ reads back as the overview, given the base the page declares', () => {
    const base = '/innovation/';
    expect(splitPath(pathFor(base, 'overview'), base)).toEqual({ base, tab: 'overview' });
    expect(splitPath(pathFor(base, 'clean-growth'), base)).toEqual({ base, tab: 'clean-growth' });
  });

  it('reads back every tab under every base that does not end in a tab’s name', () => {
    for (const base of ['/', '/evidence/', '/a/b/', '/evidence%20explorer/', '/index/'])
      for (const tab of TAB_IDS) expect(splitPath(pathFor(base, tab))).toEqual({ base, tab });
  });
});
