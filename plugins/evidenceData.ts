import { relative } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { LoadedData } from '../src/datasets/loadCatalog';
import { loadCatalog } from '../src/datasets/loadCatalog';
import { dataDate } from './dataDate';
import { fullDatasetZips } from './fullDatasets';
import { sharedJsonModule } from './sharedJson';
import type { DataProblem } from '../src/datasets/dataProblem';
import { formatProblem } from '../src/datasets/dataProblem';
import type { Evidence } from '../src/series/buildEvidence';
import { buildEvidence } from '../src/series/buildEvidence';
import { WorkshopDataError } from '../src/series/dedupeIdeas';
import { splitEvidence } from '../src/series/splitEvidence';
import { CompareDataError } from '../src/series/compare/buildCompare';
import { THEMES, themeCss } from '../src/themes/themes';
import { ALL_UNITS, TABS } from '../src/dashboard/tabs';
import { compareOf } from '../src/units/compareData.derive';
import { DeriverError, deriveCharts } from '../src/units/deriveCharts';
import { DERIVERS } from '../src/units/derivers';

const PREFIX = 'virtual:evidence';
const RESOLVED = `\0${PREFIX}`;
const WORKSHOP = 'virtual:workshop';
const WORKSHOP_RESOLVED = `\0${WORKSHOP}`;
// Each tab's charts' data: a module per tab (virtual:evidence-<tab>), and the
// loader that imports them on demand (src/series/chartData.ts).
const TAB_DATA = 'virtual:evidence-';
const TAB_LOADERS = 'virtual:evidence-tabs';
const TAB_LOADERS_RESOLVED = `\0${TAB_LOADERS}`;
const THEME_CSS = 'virtual:theme.css';
// No \0 prefix: Vite's CSS pipeline must see a .css id.
const THEME_RESOLVED = '/@evidence/theme.css';

/** The page's colour variables, generated from the theme data the charts and exports use. */
export function themeStylesheet(): string {
  const { light, dark, contrast } = THEMES;
  return [
    `:root{color-scheme:light;${themeCss(light)}}`,
    `@media (prefers-color-scheme: dark){:root:not([data-theme]){color-scheme:dark;${themeCss(dark)}}}`,
    `:root[data-theme="light"]{color-scheme:light;${themeCss(light)}}`,
    `:root[data-theme="dark"]{color-scheme:dark;${themeCss(dark)}}`,
    `:root[data-theme="contrast"]{color-scheme:dark;${themeCss(contrast)}}`,
    // Paper is white whatever the screen's theme: a printed briefing always takes the light colours.
    `@media print{:root,:root[data-theme]{color-scheme:light;${themeCss(light)}}}`,
  ].join('\n');
}

export { DeriverError };

export class DataError extends Error {
  constructor(readonly problems: readonly DataProblem[]) {
    super(
      `Bad data: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n${problems.map((p) => `  - ${formatProblem(p)}`).join('\n')}`,
    );
    this.name = 'DataError';
  }
}

/** Load, validate and derive; throws DataError naming file, row and column. */
export function evidenceFrom(root: string): {
  evidence: Evidence;
  charts: Record<string, unknown>;
  datasets: LoadedData;
  files: string[];
} {
  const loaded = loadCatalog(root);
  if (!loaded.datasets) throw new DataError(loaded.problems);
  let evidence: Evidence;
  try {
    // The national comparison, checked here so bad national files fail like any other; memoised for the charts' derive.
    compareOf(loaded.datasets);
    evidence = buildEvidence(loaded.datasets);
  } catch (e) {
    // Checks across files (the comparators, the workshop's ideas and their tags) report as the validator does.
    if (e instanceof CompareDataError || e instanceof WorkshopDataError) throw new DataError(e.problems);
    throw e;
  }
  // Each chart's own data, keyed by chart id (the units' `derive`).
  const charts = deriveCharts(ALL_UNITS, DERIVERS, loaded.datasets);
  return { evidence, charts, datasets: loaded.datasets, files: loaded.files };
}

/** Without `datasets` when the build script has already written the full-dataset ZIPs (and let the rows go). */
type Loaded = Omit<ReturnType<typeof evidenceFrom>, 'datasets'> & { datasets?: LoadedData };
/**
 * What the build script already loaded, by project root. On globalThis, not in
 * a module variable: Vite bundles vite.config.ts, and this file with it, into
 * a module of its own for each build, so only the process is shared.
 */
const SHARED = Symbol.for('evidence-explorer.loaded');
const shared = (): Map<string, Loaded> => ((globalThis as { [SHARED]?: Map<string, Loaded> })[SHARED] ??= new Map<string, Loaded>());

/**
 * Hand data/ as loaded by the build script to the Vite builds in this process
 * (client and server render), so the catalogue is parsed once per build.
 */
export function shareEvidence(root: string, loaded: Loaded): void {
  shared().set(root, loaded);
}

/**
 * Parses and validates data/ at build time and serves the derived evidence as
 * `virtual:evidence`. The browser never sees a CSV. In dev, editing a data
 * file reloads the page; a bad edit shows Vite's error overlay.
 */
export function evidenceData(): Plugin {
  let root = process.cwd();
  let cache: Loaded | undefined;
  // The dev server never finds a shared result, so an edit to data/ is parsed afresh.
  const get = () => (cache ??= shared().get(root) ?? evidenceFrom(root));
  return {
    name: 'evidence-data',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      if (id === THEME_CSS) return THEME_RESOLVED;
      if (id === WORKSHOP) return WORKSHOP_RESOLVED;
      if (id === TAB_LOADERS) return TAB_LOADERS_RESOLVED;
      if (id.startsWith(TAB_DATA) && TABS.some((t) => id === `${TAB_DATA}${t.id}`)) return `\0${id}`;
      return id === PREFIX ? RESOLVED : undefined;
    },
    load(id) {
      if (id === THEME_RESOLVED) return themeStylesheet();
      if (id === TAB_LOADERS_RESOLVED)
        return `export default {${TABS.map((t) => `${JSON.stringify(t.id)}: () => import(${JSON.stringify(TAB_DATA + t.id)})`).join(',')}};`;
      const tab = TABS.find((t) => id === `\0${TAB_DATA}${t.id}`);
      if (tab) {
        const result = get();
        for (const f of result.files) this.addWatchFile(f);
        const charts = Object.fromEntries(tab.charts.map((u) => [u.id, result.charts[u.id]]));
        const sources = Object.fromEntries(
          [...new Set(tab.charts.flatMap((u) => u.sources))].map((s) => [
            s,
            result.evidence.sources[s as keyof typeof result.evidence.sources],
          ]),
        );
        // A part two charts share (the Compare tab's authorities and measures) ships once.
        return sharedJsonModule({ charts, sources });
      }
      if (id !== RESOLVED && id !== WORKSHOP_RESOLVED) return undefined;
      let result: Loaded;
      try {
        result = get();
      } catch (e) {
        if (e instanceof DataError || e instanceof DeriverError) this.error(e.message);
        throw e;
      }
      for (const f of result.files) this.addWatchFile(f);
      // JSON.parse of a string literal is faster to start than an object literal.
      const { main, workshop } = splitEvidence(result.evidence);
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(id === RESOLVED ? main : workshop))});`;
    },
    generateBundle() {
      // The browser build only: the server-rendering build has no use for them.
      if (this.environment.config.consumer !== 'client') return;
      const { evidence, datasets } = get();
      if (!datasets) return; // scripts/build.ts wrote them before Vite started
      for (const z of fullDatasetZips(datasets, evidence, dataDate(root)))
        this.emitFile({ type: 'asset', fileName: z.path, source: z.bytes });
    },
    configureServer(server: ViteDevServer) {
      server.middlewares.use((req, res, next) => {
        const m = /\/data\/([a-z0-9-]+)\.zip$/.exec(req.url ?? '');
        if (!m) return next();
        const { evidence, datasets } = get();
        if (!datasets) return next();
        const [z] = fullDatasetZips(datasets, evidence, dataDate(root), m[1]);
        if (!z) return next();
        res.setHeader('Content-Type', 'application/zip');
        res.end(z.bytes);
      });
      const dataDir = `${root}/data`;
      server.watcher.add(dataDir);
      const onChange = (file: string) => {
        if (!file.startsWith(dataDir)) return;
        cache = undefined;
        for (const resolved of [RESOLVED, WORKSHOP_RESOLVED, ...TABS.map((t) => `\0${TAB_DATA}${t.id}`)]) {
          const mod = server.moduleGraph.getModuleById(resolved);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
        try {
          get();
          server.ws.send({ type: 'full-reload' });
        } catch (e) {
          const message = e instanceof Error ? e.message : String(e);
          server.config.logger.error(message);
          server.ws.send({ type: 'error', err: { message, stack: '', id: relative(root, file), plugin: 'evidence-data' } });
        }
      };
      server.watcher.on('change', onChange);
      server.watcher.on('add', onChange);
      server.watcher.on('unlink', onChange);
    },
  };
}
