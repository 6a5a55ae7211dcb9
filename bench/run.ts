/**
 * `npm run bench`: build the production site, load every tab cold in headless
 * Chromium, time three interactions on a warm page, run the data pipeline at
 * national scale, run the real production build with the national data added
 * (bench/bigBuild.ts), print a table and write bench/results.json.
 *
 * Environment:
 *   BENCH_LOADS=3        cold loads per tab (default 15)
 *   BENCH_RUNS=10        runs per interaction (default 50)
 *   BENCH_SKIP_BUILD=1   measure the dist/ already there (no build time is reported); otherwise
 *                        the bench builds into .tmp/bench/site and leaves dist/ alone
 *   CHROMIUM_PATH        another Chromium (see tests/browser/support/browser.ts)
 */
import { spawn } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { TAB_IDS } from '../src/datasets/tabIds';
import type { TabId } from '../src/datasets/tabIds';
import { launchChromium } from '../tests/browser/support/browser';
import { serve } from '../tests/browser/support/server';
import type { BigBuildResult } from './bigBuild';
import { bigBuild } from './bigBuild';
import { FIRST_PAINT_PROBE, firstViewFigures } from './firstViewProbes';
import { DEFAULT_CSV, generateNationalCsv } from './generateNationalCsv';
import type { PipelineResult } from './pipeline';
import { presentTiming } from './presentTiming';
import type { PresentSample } from './presentTiming';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
/**
 * The bench builds into its own folder (scripts/build.ts honours OUT_DIR), so
 * a build or test run started meanwhile by someone else, which replaces dist/,
 * cannot swap the pages under the measurements, and dist/ is left alone.
 */
const BENCH_SITE = join(ROOT, '.tmp/bench/site');
const SKIP_BUILD = process.env.BENCH_SKIP_BUILD === '1';
const SITE = SKIP_BUILD ? DIST : BENCH_SITE;
const RESULTS = join(ROOT, 'bench/results.json');
const VIEWPORT = { width: 1280, height: 800 };

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1; found "${raw}"`);
  return n;
}

const LOADS = envInt('BENCH_LOADS', 15);
const RUNS = envInt('BENCH_RUNS', 50);
/** Untimed runs of each interaction before the timed ones, so the page is warm (JIT, caches, fonts). */
const WARMUP_RUNS = 5;
const LOAD_TIMEOUT_MS = 20_000;

/**
 * Uncaught errors thrown in the pages, by message, with how often and where.
 * They do not stop the bench (a hydration mismatch, say, still leaves a page to
 * measure) but they change what is measured, so the report lists them.
 */
const pageErrors = new Map<string, { count: number; where: Set<string> }>();
function watchErrors(page: Page, where: string): void {
  page.on('pageerror', (e) => {
    const entry = pageErrors.get(e.message) ?? { count: 0, where: new Set<string>() };
    entry.count++;
    entry.where.add(where);
    pageErrors.set(e.message, entry);
  });
}

// ---------------------------------------------------------------------------
// Statistics

interface Summary {
  readonly n: number;
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly p50: number;
  readonly p95: number;
}

/** Nearest-rank percentile: a value that was actually measured. */
function percentile(sorted: readonly number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

function summarise(values: readonly number[]): Summary {
  const s = [...values].sort((a, b) => a - b);
  const n = s.length;
  const median = n % 2 ? (s[(n - 1) / 2] as number) : ((s[n / 2 - 1] as number) + (s[n / 2] as number)) / 2;
  return { n, median, min: s[0] as number, max: s[n - 1] as number, p50: percentile(s, 50), p95: percentile(s, 95) };
}

// ---------------------------------------------------------------------------
// Build

async function timeBuild(): Promise<number> {
  mkdirSync(dirname(BENCH_SITE), { recursive: true }); // scripts/build.ts renames its output into place
  const started = performance.now();
  const child = spawn('npm', ['run', 'build'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, OUT_DIR: BENCH_SITE },
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const code = await new Promise<number | null>((ok, fail) => {
    child.once('error', fail);
    child.once('close', ok);
  });
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`npm run build failed (exit ${code}):\n${output}`);
  return ms;
}

// ---------------------------------------------------------------------------
// In-page probes. Plain JavaScript strings, not functions: tsx's transform can
// add helpers (__name) to a function's source that do not exist in the page.

/**
 * Injected before any of the page's own scripts. One requestAnimationFrame loop
 * notes, per frame, the first in which:
 *  - drawn: every expected chart card has its SVG with at least one data shape
 *    (path, rect, circle, polygon or polyline outside the axes and the focus
 *    layer), which the prerendered HTML may already satisfy at first paint;
 *  - marks: every chart SVG has at least one [data-mark] (the keyboard and
 *    pointer targets, which the charts draw only once React has hydrated);
 *  - hydrated: React owns the page (<html data-hydrated>, or React's props on
 *    the cards' buttons for builds that do not set it).
 * PerformanceObservers keep FCP and the latest LCP candidate.
 */
const loadProbe = (expectedIds: readonly string[]): string => `(() => {
  const expected = ${JSON.stringify(expectedIds)};
  const state = { firstFrame: null, drawn: null, marks: null, hydrated: null, fcp: null, lcp: null, lcpElement: null, frames: 0 };
  window.__bench = state;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') state.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      const entries = list.getEntries();
      const last = entries[entries.length - 1];
      if (!last) return;
      state.lcp = last.startTime;
      const el = last.element;
      state.lcpElement = el ? el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\\s+/).join('.') : '') : null;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch (e) {}
  const hasShape = (svg) => {
    for (const el of svg.querySelectorAll('path, rect, circle, polygon, polyline')) if (!el.closest('.ee-focus-layer, .ee-axis')) return true;
    return false;
  };
  const hasMark = (svg) => !!svg.querySelector('[data-mark]');
  const every = (test) => {
    for (const id of expected) {
      const svg = document.querySelector('article.ee-card[data-chart="' + id + '"] svg.ee-chart');
      if (!svg || !test(svg)) return false;
    }
    for (const svg of document.querySelectorAll('article.ee-card svg.ee-chart')) if (!test(svg)) return false;
    return true;
  };
  const hydrated = () => {
    if (document.documentElement.dataset.hydrated === 'true') return true;
    const buttons = document.querySelectorAll('article.ee-card .ee-card-buttons button');
    const last = buttons[buttons.length - 1];
    return !!last && Object.keys(last).some((k) => k.startsWith('__reactProps$'));
  };
  const tick = () => {
    state.frames++;
    const t = performance.now();
    if (state.firstFrame === null) state.firstFrame = t;
    if (state.drawn === null && every(hasShape)) state.drawn = t;
    if (state.marks === null && every(hasMark)) state.marks = t;
    if (state.hydrated === null && hydrated()) state.hydrated = t;
    if (state.drawn === null || state.marks === null || state.hydrated === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

interface ProbeState {
  firstFrame: number | null;
  drawn: number | null;
  marks: number | null;
  hydrated: number | null;
  fcp: number | null;
  lcp: number | null;
  lcpElement: string | null;
  frames: number;
}

/**
 * Installed once on the warm page: window.__benchInteract(kind, arg) dispatches
 * the interaction at the start of a frame (inside a requestAnimationFrame
 * callback, so no time is spent waiting for the next vsync) and resolves with
 *  - paint: dispatch → the end of the main-thread work of the first frame that
 *    shows the change (a MessageChannel task posted in that frame runs after
 *    its style, layout and paint);
 *  - frame: dispatch → the requestAnimationFrame callback of the frame after
 *    that one (a vsync-paced measure: at 60 Hz never below one 16.7 ms frame);
 *  - frames: how many frames it took the change to appear (1 = the same frame).
 */
const INTERACT = `(() => {
  const drawnFor = (ids) => {
    const cards = document.querySelectorAll('article.ee-card');
    if (cards.length !== ids.length) return false;
    for (let i = 0; i < ids.length; i++) {
      const card = cards[i];
      if (card.getAttribute('data-chart') !== ids[i]) return false;
      const svg = card.querySelector('svg.ee-chart');
      if (!svg || !svg.querySelector('[data-mark]')) return false;
    }
    return true;
  };
  const measure = (dispatch, done) =>
    new Promise((resolve, reject) => {
      let t0 = 0;
      let frames = 0;
      const afterPaint = () => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const painted = performance.now();
          requestAnimationFrame(() => resolve({ paint: painted - t0, frame: performance.now() - t0, frames }));
        };
        channel.port2.postMessage(null);
      };
      const onFrame = () => {
        frames++;
        if (done()) afterPaint();
        else if (frames > 600) reject(new Error('the expected DOM never appeared'));
        else requestAnimationFrame(onFrame);
      };
      requestAnimationFrame(() => {
        t0 = performance.now();
        try {
          dispatch();
        } catch (e) {
          reject(e);
          return;
        }
        // After React's microtask commit, still before this frame's style, layout and paint.
        Promise.resolve()
          .then(() => undefined)
          .then(() => {
            frames = 1;
            if (done()) afterPaint();
            else requestAnimationFrame(onFrame);
          });
      });
    });
  const settle = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 30))));
  window.__benchInteract = async (kind, arg) => {
    let dispatch;
    let done;
    let detail = arg;
    if (kind === 'tab') {
      const tab = document.getElementById('tab-' + arg.to);
      if (!tab) throw new Error('no tab ' + arg.to);
      dispatch = () => tab.click();
      done = () => tab.getAttribute('aria-selected') === 'true' && drawnFor(arg.ids);
      detail = { to: arg.to };
    } else if (kind === 'toggle') {
      const card = document.querySelector('article.ee-card');
      const button = card && [...card.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Table');
      if (!button) throw new Error('no Table button in the first card');
      const toTable = button.getAttribute('aria-pressed') !== 'true';
      dispatch = () => button.click();
      done = () => {
        // The chart stays mounted (hidden) while the table shows.
        const table = card.querySelector('table');
        const plot = card.querySelector('.ee-plot');
        const shown = !!plot && !plot.hasAttribute('hidden') && !!plot.querySelector('svg.ee-chart [data-mark]');
        return toTable ? !!table && !shown : !table && shown;
      };
      detail = { toTable };
    } else if (kind === 'theme') {
      const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim().startsWith('Theme'));
      const select = label && label.querySelector('select');
      if (!select) throw new Error('no select labelled Theme');
      dispatch = () => {
        select.value = arg.value;
        select.dispatchEvent(new Event('input', { bubbles: true }));
        select.dispatchEvent(new Event('change', { bubbles: true }));
      };
      done = () => document.documentElement.dataset.theme === arg.value;
    } else throw new Error('unknown interaction ' + kind);
    const result = await measure(dispatch, done);
    await settle(); // effects, observers and any follow-up render, before the next run
    return { ...result, detail };
  };
})();`;

interface InteractionSample {
  paint: number;
  frame: number;
  frames: number;
  detail: unknown;
}

// ---------------------------------------------------------------------------
// Cold page loads

interface LoadSample {
  ttfb: number;
  htmlReceived: number;
  firstFrame: number;
  drawn: number;
  marks: number;
  hydrated: number;
  fcp: number;
  lcp: number;
  domContentLoaded: number;
  load: number;
  taskMs: number;
  scriptMs: number;
  layoutMs: number;
  styleMs: number;
  bytes: number;
  requests: number;
  /** Document nodes in the frame of the first contentful paint. */
  nodes: number;
  /** Gzipped scripts (code and data) received before the page hydrated, bytes. */
  beforeInteractiveGzip: number;
  /** FCP, or when every chart was drawn if that came later: the first paint with the charts. */
  fcpWithCharts: number;
  lcpElement: string | null;
}

const LOAD_METRICS = [
  'ttfb',
  'htmlReceived',
  'firstFrame',
  'drawn',
  'marks',
  'hydrated',
  'fcp',
  'lcp',
  'domContentLoaded',
  'load',
  'taskMs',
  'scriptMs',
  'layoutMs',
  'styleMs',
  'bytes',
  'requests',
  'nodes',
  'beforeInteractiveGzip',
  'fcpWithCharts',
] as const;
type LoadMetric = (typeof LOAD_METRICS)[number];

/** The chart ids each tab's page renders, read from the prerendered HTML: what "every chart drawn" means. */
function expectedCharts(tab: TabId): string[] {
  const file = tab === 'overview' ? join(SITE, 'index.html') : join(SITE, tab, 'index.html');
  const html = readFileSync(file, 'utf8');
  return [...html.matchAll(/<article\b[^>]*\bdata-chart="([^"]+)"/g)].map((m) => m[1] as string);
}

const pageUrl = (origin: string, tab: TabId): string => `${origin}/${tab === 'overview' ? '' : `${tab}/`}`;

async function waitForProbe(page: Page, tab: TabId): Promise<ProbeState> {
  const deadline = Date.now() + LOAD_TIMEOUT_MS;
  for (;;) {
    const state = (await page.evaluate('window.__bench')) as ProbeState | undefined;
    if (state && state.drawn !== null && state.marks !== null && state.hydrated !== null && state.fcp !== null) return state;
    if (Date.now() > deadline)
      throw new Error(
        `${tab}: charts not drawn, marks missing or page not hydrated within ${LOAD_TIMEOUT_MS} ms (${JSON.stringify(state)})`,
      );
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function coldLoad(browser: Browser, origin: string, tab: TabId, ids: readonly string[]): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light', reducedMotion: 'no-preference' });
  try {
    await context.addInitScript({ content: loadProbe(ids) });
    await context.addInitScript({ content: FIRST_PAINT_PROBE });
    const page = await context.newPage();
    watchErrors(page, `${tab} load`);
    const cdp: CDPSession = await context.newCDPSession(page);
    const counted = new Set<string>();
    let bytes = 0;
    cdp.on('Network.requestWillBeSent', (e) => {
      // Chromium asks for /favicon.ico by itself; the page did not.
      if (new URL(e.request.url).pathname !== '/favicon.ico' && !e.request.url.startsWith('data:')) counted.add(e.requestId);
    });
    cdp.on('Network.loadingFinished', (e) => {
      if (counted.has(e.requestId)) bytes += e.encodedDataLength;
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Performance.enable');

    await page.goto(pageUrl(origin, tab), { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    const probe = await waitForProbe(page, tab);
    // Let hydration's effects, observers and any re-layout finish before reading main-thread time.
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 250))))');
    const nav = (await page.evaluate(
      `(() => { const n = performance.getEntriesByType('navigation')[0]; return { ttfb: n.responseStart, html: n.responseEnd, dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd }; })()`,
    )) as { ttfb: number; html: number; dcl: number; load: number };
    const lcp = (await page.evaluate('window.__bench')) as ProbeState;
    const firstView = await firstViewFigures(page, SITE, probe.hydrated as number);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string): number => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    return {
      ttfb: nav.ttfb,
      htmlReceived: nav.html,
      firstFrame: probe.firstFrame as number,
      drawn: probe.drawn as number,
      marks: probe.marks as number,
      hydrated: probe.hydrated as number,
      fcp: probe.fcp as number,
      lcp: lcp.lcp ?? Number.NaN,
      lcpElement: lcp.lcpElement,
      domContentLoaded: nav.dcl,
      load: nav.load,
      taskMs: metric('TaskDuration'),
      scriptMs: metric('ScriptDuration'),
      layoutMs: metric('LayoutDuration'),
      styleMs: metric('RecalcStyleDuration'),
      bytes,
      requests: counted.size,
      nodes: firstView.nodes,
      beforeInteractiveGzip: firstView.beforeInteractiveGzip,
      fcpWithCharts: Math.max(probe.fcp as number, probe.drawn as number),
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------
// Interactions on a warm page

type InteractionName = 'tabSwitch' | 'toggle' | 'theme';

/** Main-thread time per run of one interaction, from CDP Performance.getMetrics before and after the timed runs. */
interface MainThread {
  readonly taskMs: number;
  readonly scriptMs: number;
  readonly styleMs: number;
  readonly layoutMs: number;
}

interface InteractionRuns {
  readonly samples: InteractionSample[];
  readonly mainThreadPerRun: MainThread;
}

async function interactions(
  browser: Browser,
  origin: string,
  charts: Readonly<Record<TabId, string[]>>,
): Promise<Record<InteractionName, InteractionRuns>> {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: 'light', reducedMotion: 'no-preference' });
  try {
    await context.addInitScript({ content: loadProbe(charts.overview) });
    const page = await context.newPage();
    watchErrors(page, 'interactions');
    await page.goto(pageUrl(origin, 'overview'), { waitUntil: 'load' });
    await waitForProbe(page, 'overview');
    await page.evaluate(INTERACT);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const metrics = async (): Promise<MainThread> => {
      const { metrics: m } = await cdp.send('Performance.getMetrics');
      const get = (name: string): number => (m.find((x) => x.name === name)?.value ?? 0) * 1000;
      return {
        taskMs: get('TaskDuration'),
        scriptMs: get('ScriptDuration'),
        styleMs: get('RecalcStyleDuration'),
        layoutMs: get('LayoutDuration'),
      };
    };
    const run = async (kind: string, arg: unknown): Promise<InteractionSample> =>
      (await page.evaluate(`window.__benchInteract(${JSON.stringify(kind)}, ${JSON.stringify(arg)})`)) as InteractionSample;
    /** Warm-up runs, then timed runs; `arg(i)` numbers runs from the first warm-up. */
    const series = async (kind: string, warmup: number, arg: (i: number) => unknown): Promise<InteractionRuns> => {
      for (let i = 0; i < warmup; i++) await run(kind, arg(i));
      const before = await metrics();
      const samples: InteractionSample[] = [];
      for (let i = warmup; i < warmup + RUNS; i++) samples.push(await run(kind, arg(i)));
      const after = await metrics();
      const per = (k: keyof MainThread) => (after[k] - before[k]) / RUNS;
      return {
        samples,
        mainThreadPerRun: { taskMs: per('taskMs'), scriptMs: per('scriptMs'), styleMs: per('styleMs'), layoutMs: per('layoutMs') },
      };
    };

    // Chart ↔ table on the overview's first card: runs alternate between showing the table and the chart again.
    const toggle = await series('toggle', WARMUP_RUNS * 2, () => ({}));
    if (RUNS % 2 === 1) await run('toggle', {}); // leave the chart showing
    const theme = await series('theme', WARMUP_RUNS * 2, (i) => ({ value: i % 2 === 0 ? 'dark' : 'light' }));
    // Round the tabs: overview → inclusive-growth → … → business → overview → …
    const tabSwitch = await series('tab', WARMUP_RUNS, (i) => {
      const to = TAB_IDS[(i + 1) % TAB_IDS.length] as TabId;
      return { to, ids: charts[to] };
    });
    return { toggle, theme, tabSwitch };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------
// Pipeline at national scale, in a child process

interface PipelineRun {
  readonly wallMs: number;
  readonly generated: { rows: number; bytes: number; ms: number };
  readonly child: PipelineResult;
}

async function pipeline(): Promise<PipelineRun> {
  const g0 = performance.now();
  const generated = generateNationalCsv(DEFAULT_CSV);
  const genMs = performance.now() - g0;
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench/pipeline.ts'), DEFAULT_CSV], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((ok, fail) => {
    child.once('error', fail);
    child.once('close', ok);
  });
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`bench/pipeline.ts failed (exit ${code}):\n${stderr}`);
  const line = stdout.trim().split('\n').pop() ?? '';
  return { wallMs, generated: { rows: generated.rows, bytes: generated.bytes, ms: genMs }, child: JSON.parse(line) as PipelineResult };
}

// ---------------------------------------------------------------------------
// Report

const ms = (v: number): string => (Number.isFinite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(1)) : '–');
const kb = (v: number): string => `${(v / 1000).toFixed(0)} kB`;
const range = (s: Summary, f: (v: number) => string): string => `${f(s.median)} (${f(s.min)}–${f(s.max)})`;

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(head), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

interface Target {
  readonly what: string;
  readonly limit: string;
  readonly measured: string;
  readonly met: boolean;
}

/**
 * Issue 16's figures: visible sooner (FCP with the charts, DOM nodes at first paint), interactive sooner
 * (hydrated, JS and data before interactive), present and theme change. Per-tab figures are judged on the
 * worst tab's median.
 */
function firstViewTargets(loadSummary: Record<TabId, Record<LoadMetric, Summary>>, present: Summary, theme: Summary): Target[] {
  const worst = (m: LoadMetric): { tab: TabId; value: number } =>
    TAB_IDS.map((tab) => ({ tab, value: loadSummary[tab][m].median })).reduce((a, b) => (b.value > a.value ? b : a));
  const perTab = (what: string, m: LoadMetric, limit: number, unit: (v: number) => string): Target => {
    const w = worst(m);
    return { what: `${what} (worst tab: ${w.tab})`, limit: `≤ ${unit(limit)}`, measured: unit(w.value), met: w.value <= limit };
  };
  const msUnit = (v: number) => `${ms(v)} ms`;
  return [
    perTab('FCP with the charts, median per tab', 'fcpWithCharts', 150, msUnit),
    perTab('DOM nodes at first paint, median per tab', 'nodes', 1200, (v) => String(Math.round(v))),
    perTab('hydrated, median per tab', 'hydrated', 350, msUnit),
    perTab('JS + data before interactive, gzip, per tab', 'beforeInteractiveGzip', 130_000, (v) => `${(v / 1000).toFixed(1)} kB`),
    {
      what: 'present (first click → first slide painted), median',
      limit: '≤ 100 ms',
      measured: msUnit(present.median),
      met: present.median <= 100,
    },
    { what: 'theme change p95 (issue 16)', limit: '≤ 16 ms', measured: msUnit(theme.p95), met: theme.p95 <= 16 },
  ];
}

/** Per tab: the first-view figures behind firstViewTargets. */
function firstViewTable(loadSummary: Record<TabId, Record<LoadMetric, Summary>>, present: Summary): string {
  return [
    'First view per tab: median (min–max)',
    table(
      ['tab', 'FCP with charts (ms)', 'DOM nodes at first paint', 'hydrated (ms)', 'JS + data before interactive (gzip)'],
      TAB_IDS.map((t) => {
        const s = loadSummary[t];
        return [
          t,
          range(s.fcpWithCharts, ms),
          range(s.nodes, (v) => String(Math.round(v))),
          range(s.hydrated, ms),
          range(s.beforeInteractiveGzip, (v) => `${(v / 1000).toFixed(1)} kB`),
        ];
      }),
    ),
    `Present, first click on a hydrated page → first slide painted: p50 ${ms(present.p50)} ms, p95 ${ms(present.p95)} ms (min ${ms(present.min)}, max ${ms(present.max)}; ${present.n} runs)`,
  ].join('\n');
}

async function main(): Promise<void> {
  const benchStarted = performance.now();
  const log = (s: string) => console.log(`[bench ${((performance.now() - benchStarted) / 1000).toFixed(0).padStart(3)} s] ${s}`);

  const loadAtStart = loadavg();
  if ((loadAtStart[0] as number) > cpus().length * 0.75)
    log(
      `note: the machine is busy (load average ${loadAtStart.map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} CPUs): expect slower, noisier results`,
    );
  let buildMs: number | null = null;
  if (SKIP_BUILD) {
    if (!existsSync(join(DIST, 'index.html'))) throw new Error('BENCH_SKIP_BUILD=1 but dist/ has no build');
    log('using the existing dist/ (BENCH_SKIP_BUILD=1)');
  } else {
    log(`npm run build (OUT_DIR=${BENCH_SITE}) …`);
    buildMs = await timeBuild();
    log(`built in ${(buildMs / 1000).toFixed(1)} s`);
  }

  const charts = Object.fromEntries(TAB_IDS.map((t) => [t, expectedCharts(t)])) as Record<TabId, string[]>;
  const chartless = TAB_IDS.filter((t) => charts[t].length === 0);
  if (chartless.length === TAB_IDS.length) throw new Error(`no page in ${SITE} has an article[data-chart]: has the markup changed?`);
  if (chartless.length > 0) log(`note: no chart cards on ${chartless.join(', ')}: "charts drawn" there is the first frame`);
  const server = await serve(SITE);
  const browser = await launchChromium();
  const chromium = browser.version();
  const loads = Object.fromEntries(TAB_IDS.map((t) => [t, [] as LoadSample[]])) as Record<TabId, LoadSample[]>;
  let inter: Record<InteractionName, InteractionRuns>;
  let present: PresentSample[];
  try {
    log(`Chromium ${chromium}; ${LOADS} cold loads × ${TAB_IDS.length} tabs, round-robin`);
    await coldLoad(browser, server.origin, 'overview', charts.overview); // untimed: first start of the renderer, server and disk caches
    for (let round = 0; round < LOADS; round++) {
      for (const tab of TAB_IDS) loads[tab].push(await coldLoad(browser, server.origin, tab, charts[tab]));
      if ((round + 1) % 5 === 0 || round + 1 === LOADS) log(`loads: round ${round + 1}/${LOADS}`);
    }
    log(`interactions: ${RUNS} runs each (+ warm-up)`);
    inter = await interactions(browser, server.origin, charts);
    log(`present: the first click on ${Math.min(RUNS, 10)} fresh pages`);
    present = await presentTiming(browser, pageUrl(server.origin, 'overview'), VIEWPORT, RUNS);
  } finally {
    await browser.close();
    await server.close();
  }
  log('pipeline at national scale …');
  const pipe = await pipeline();
  log(`pipeline: ${(pipe.wallMs / 1000).toFixed(1)} s`);
  log('npm run build with the national data in data/ …');
  const big: BigBuildResult = await bigBuild();
  log(`big build: ${(big.wallMs / 1000).toFixed(1)} s`);

  // -- Summaries
  const loadSummary = Object.fromEntries(
    TAB_IDS.map((t) => [t, Object.fromEntries(LOAD_METRICS.map((m) => [m, summarise(loads[t].map((s) => s[m]))]))]),
  ) as Record<TabId, Record<LoadMetric, Summary>>;
  const interSummary = Object.fromEntries(
    (Object.keys(inter) as InteractionName[]).map((k) => [
      k,
      {
        paint: summarise(inter[k].samples.map((s) => s.paint)),
        frame: summarise(inter[k].samples.map((s) => s.frame)),
        sameFrame: inter[k].samples.filter((s) => s.frames === 1).length,
        mainThreadPerRun: inter[k].mainThreadPerRun,
      },
    ]),
  ) as Record<InteractionName, { paint: Summary; frame: Summary; sameFrame: number; mainThreadPerRun: MainThread }>;
  const peak = Math.max(pipe.child.maxRssBytes, pipe.child.vmHwmBytes ?? 0);
  const presentSummary = summarise(present.map((s) => s.paint));

  const targets: Target[] = [
    {
      what: 'overview: all charts drawn (first frame), median from navigation start',
      limit: '≤ 100 ms',
      measured: `${ms(loadSummary.overview.drawn.median)} ms`,
      met: loadSummary.overview.drawn.median <= 100,
    },
    {
      what: 'chart ↔ table toggle, p95 (click → next paint)',
      limit: '≤ 16 ms',
      measured: `${ms(interSummary.toggle.paint.p95)} ms`,
      met: interSummary.toggle.paint.p95 <= 16,
    },
    {
      what: 'theme change, p95 (change → next paint)',
      limit: '≤ 16 ms',
      measured: `${ms(interSummary.theme.paint.p95)} ms`,
      met: interSummary.theme.paint.p95 <= 16,
    },
    {
      what: 'tab switch, p95 (click → new charts painted)',
      limit: '≤ 100 ms',
      measured: `${ms(interSummary.tabSwitch.paint.p95)} ms`,
      met: interSummary.tabSwitch.paint.p95 <= 100,
    },
    {
      what: 'national pipeline, wall time',
      limit: '≤ 10 s',
      measured: `${(pipe.wallMs / 1000).toFixed(2)} s`,
      met: pipe.wallMs <= 10_000,
    },
    { what: 'national pipeline, peak memory', limit: '≤ 1 GB', measured: `${(peak / 1e9).toFixed(2)} GB`, met: peak <= 1e9 },
    {
      what: 'npm run build with the national data, wall time',
      limit: '≤ 30 s',
      measured: `${(big.wallMs / 1000).toFixed(1)} s`,
      met: big.wallMs <= 30_000,
    },
    {
      what: 'npm run build with the national data, peak memory',
      limit: '≤ 1 GB',
      measured: `${(big.peakBytes / 1e9).toFixed(2)} GB`,
      met: big.peakBytes <= 1e9,
    },
  ];
  targets.push(...firstViewTargets(loadSummary, presentSummary, interSummary.theme.paint));
  if (buildMs !== null)
    targets.push({
      what: 'production build, wall time',
      limit: '≤ 15 s',
      measured: `${(buildMs / 1000).toFixed(1)} s`,
      met: buildMs <= 15_000,
    });

  // -- Print
  const out: string[] = [];
  out.push('');
  out.push(
    `Cold page loads at ${VIEWPORT.width}×${VIEWPORT.height}: median (min–max) of ${LOADS} per tab; times in ms from navigation start`,
  );
  out.push(
    table(
      [
        'tab',
        'HTML received',
        'first frame',
        'charts drawn',
        'FCP',
        'LCP',
        'load event',
        'hydrated',
        'marks',
        'main thread',
        'transferred',
        'requests',
      ],
      TAB_IDS.map((t) => {
        const s = loadSummary[t];
        return [
          t,
          range(s.htmlReceived, ms),
          range(s.firstFrame, ms),
          range(s.drawn, ms),
          range(s.fcp, ms),
          range(s.lcp, ms),
          range(s.load, ms),
          range(s.hydrated, ms),
          range(s.marks, ms),
          range(s.taskMs, ms),
          range(s.bytes, kb),
          range(s.requests, (v) => String(v)),
        ];
      }),
    ),
  );
  out.push('  first frame: first requestAnimationFrame callback; charts drawn: first frame in which every chart card has its SVG');
  out.push("  with data shapes (that frame's main-thread work, not yet its pixels: FCP is when content first reached the screen);");
  out.push('  hydrated: first frame in which React owns the page; marks: first frame in which every chart has [data-mark] targets');
  out.push('  (drawn once hydrated); main thread: CDP TaskDuration once hydrated; transferred: encoded bytes as served, every');
  out.push('  request including lazy chunks (the static server does not compress; gzip first view: sizeBudget.test.ts).');
  out.push('');
  out.push(`Interactions on a warm overview page: ${RUNS} runs each (after ${WARMUP_RUNS}+ warm-up runs), ms`);
  const labels: Record<InteractionName, string> = {
    tabSwitch: "tab switch (click → new tab's charts painted)",
    toggle: 'chart ↔ table toggle (click → next paint)',
    theme: 'theme dark ↔ light (change → next paint)',
  };
  out.push(
    table(
      [
        'interaction',
        'paint p50',
        'paint p95',
        'frame p50',
        'frame p95',
        'same frame',
        'main thread/run: script',
        'style',
        'layout',
        'all',
      ],
      (['tabSwitch', 'toggle', 'theme'] as const).map((k) => {
        const s = interSummary[k];
        const m = s.mainThreadPerRun;
        return [
          labels[k],
          ms(s.paint.p50),
          ms(s.paint.p95),
          ms(s.frame.p50),
          ms(s.frame.p95),
          `${s.sameFrame}/${s.paint.n}`,
          ms(m.scriptMs),
          ms(m.styleMs),
          ms(m.layoutMs),
          ms(m.taskMs),
        ];
      }),
    ),
  );
  out.push('  Dispatched at the start of a frame. paint: dispatch → end of the main-thread work (style, layout, paint) of the first');
  out.push('  frame showing the change; frame: dispatch → the rAF callback after that frame (vsync-paced, never under ~16.7 ms at');
  out.push('  60 Hz); same frame: runs whose change was painted in the frame of the dispatch; main thread/run: mean CDP');
  out.push('  ScriptDuration, RecalcStyleDuration, LayoutDuration and TaskDuration per run (paint and the rest are in "all").');
  out.push('');
  out.push(
    `Pipeline at national scale: ${pipe.child.rows.toLocaleString('en-GB')} rows, ${(pipe.child.bytes / 1e6).toFixed(1)} MB, ${pipe.child.authorities} authorities × ${pipe.child.years} years`,
  );
  out.push(
    table(
      ['step', 'time'],
      [
        ['child process, wall (spawn → exit, incl. tsx start-up)', `${(pipe.wallMs / 1000).toFixed(2)} s`],
        ['  read file', `${(pipe.child.ms.read / 1000).toFixed(2)} s`],
        ['  parseDataset (decode, papaparse, validate, key check)', `${(pipe.child.ms.parse / 1000).toFixed(2)} s`],
        ['  aggregate into 0-14 / 15-64 / 65+ per authority per year', `${(pipe.child.ms.aggregate / 1000).toFixed(2)} s`],
        ['CPU time of the child (user + system, all threads)', `${(pipe.child.cpuMs / 1000).toFixed(2)} s`],
        ['peak memory (max RSS)', `${(peak / 1e6).toFixed(0)} MB`],
      ],
    ),
  );
  out.push('');
  out.push(
    `Production build with the national data: ${big.rows.toLocaleString('en-GB')} more rows (${(big.bytes / 1e6).toFixed(0)} MB) registered as a dataset in a copy of the project`,
  );
  out.push(
    table(
      ['step', 'measured'],
      [
        ['npm run build, wall (spawn → exit)', `${(big.wallMs / 1000).toFixed(1)} s`],
        ['CPU time (user + system)', big.cpuMs === null ? '–' : `${(big.cpuMs / 1000).toFixed(1)} s`],
        ['peak memory', `${(big.peakBytes / 1e6).toFixed(0)} MB`],
        ['its full-dataset ZIP', `${(big.zipBytes / 1e6).toFixed(1)} MB`],
        ['load average (1 min) at start → end', big.loadAverage.map((l) => l.toFixed(2)).join(' → ')],
      ],
    ),
  );
  out.push(`  peak memory: ${big.peakFrom}`);
  out.push('');
  out.push(
    `Load average (1, 5, 15 min) at start ${loadAtStart.map((l) => l.toFixed(2)).join(', ')}; at end ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  out.push(`Build: ${buildMs === null ? 'not run (BENCH_SKIP_BUILD=1)' : `${(buildMs / 1000).toFixed(1)} s wall (npm run build)`}`);
  out.push('');
  if (pageErrors.size > 0) {
    out.push('WARNING: the pages threw errors while being measured:');
    for (const [message, e] of pageErrors) out.push(`  ${e.count}× in ${[...e.where].join(', ')}: ${message.split('\n')[0]}`);
    out.push('');
  }
  out.push('Targets');
  out.push(
    table(
      ['target', 'limit', 'measured', ''],
      targets.map((t) => [t.what, t.limit, t.measured, t.met ? 'met' : 'MISSED']),
    ),
  );
  out.push('  (first view ≤ 100 kB gzip per tab: npx vitest run --project browser tests/browser/sizeBudget.test.ts)');
  out.push('');
  out.push(firstViewTable(loadSummary, presentSummary));
  console.log(out.join('\n'));

  const commit = await new Promise<string>((ok) => {
    const git = spawn('git', ['rev-parse', 'HEAD'], { cwd: ROOT });
    let s = '';
    git.stdout.on('data', (d: Buffer) => (s += d.toString()));
    git.once('close', () => ok(s.trim()));
    git.once('error', () => ok(''));
  });
  const results = {
    date: new Date().toISOString(),
    commit,
    machine: {
      cpus: cpus().length,
      cpu: cpus()[0]?.model ?? '',
      memoryBytes: totalmem(),
      node: process.version,
      chromium,
      loadAverageAtStart: loadAtStart,
      loadAverageAtEnd: loadavg(),
    },
    settings: { loads: LOADS, runs: RUNS, warmupRuns: WARMUP_RUNS, viewport: VIEWPORT },
    build: { ms: buildMs },
    loads: Object.fromEntries(
      TAB_IDS.map((t) => [
        t,
        {
          charts: charts[t],
          summary: loadSummary[t],
          lcpElements: [...new Set(loads[t].map((s) => s.lcpElement))],
          samples: loads[t],
        },
      ]),
    ),
    interactions: Object.fromEntries(
      (Object.keys(inter) as InteractionName[]).map((k) => [k, { ...interSummary[k], samples: inter[k].samples }]),
    ),
    present: { summary: presentSummary, samples: present },
    pipeline: { ...pipe, peakBytes: peak },
    bigBuild: big,
    targets,
    pageErrors: [...pageErrors].map(([message, e]) => ({ message, count: e.count, where: [...e.where] })),
    totalMs: performance.now() - benchStarted,
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  log(`wrote ${RESULTS}`);
}

await main();
