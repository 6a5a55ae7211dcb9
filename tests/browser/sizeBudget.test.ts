/**
 * Size budgets, gzipped, per tab:
 *  - the first view ≤ 100 kB: the page's HTML plus every script and stylesheet
 *    it runs or applies (<script src>, <link rel=stylesheet>) and, recursively,
 *    every chunk those scripts import statically;
 *  - before interactive ≤ 130 kB: the first view plus what the page needs to
 *    hydrate: the modules it preloads (<link rel=modulepreload>), the chunk the
 *    entry script imports to boot (src/boot.tsx), each with its static imports,
 *    the tab's own charts' data (virtual:evidence-<tab>) and on the Workshop
 *    page the Workshop chunk, both of which hydration waits for; the chart
 *    kinds the page draws (src/dashboard/chartKinds.ts), which hydration also
 *    waits for, are among its preloads.
 * Chunks only reached by a dynamic import() on demand (presenting, exports)
 * load later and count in neither.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { TAB_IDS } from '../../src/datasets/tabIds';
import type { TabId } from '../../src/datasets/tabIds';
import { ensureBuilt } from './support/build';

/** 100 kB, in bytes (1 kB = 1000 bytes). */
const BUDGET = 100 * 1000;
/** JavaScript and data loaded before the page is interactive: 130 kB. */
const INTERACTIVE_BUDGET = 130 * 1000;

const ORIGIN = 'http://first-view.invalid';

let dist: string;

beforeAll(async () => {
  dist = await ensureBuilt();
});

interface Attrs {
  readonly [name: string]: string | undefined;
}

/** The attributes of one start tag; names lower-cased, a bare attribute has the value "". */
function attributes(tag: string): Attrs {
  const out: Record<string, string> = {};
  const body = tag.replace(/^<[a-zA-Z]+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s"'=<>`/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    out[(m[1] as string).toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return out;
}

interface HtmlRefs {
  readonly scripts: string[];
  readonly styles: string[];
  /** <link rel=modulepreload>: fetched, not run, until something imports them. */
  readonly preloads: string[];
  /** Inline module scripts: their static imports load with the page too. */
  readonly inlineModules: string[];
}

/** Scripts and stylesheets an HTML page loads by itself. Comments are skipped; attribute order and quoting do not matter. */
function htmlReferences(html: string): HtmlRefs {
  const text = html.replace(/<!--[\s\S]*?-->/g, '');
  const scripts: string[] = [];
  const styles: string[] = [];
  const preloads: string[] = [];
  const inlineModules: string[] = [];
  for (const m of text.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script\s*>/gi)) {
    const a = attributes(m[1] as string);
    if (a.nomodule !== undefined) continue; // never run by a browser that runs modules
    const type = (a.type ?? '').trim().toLowerCase();
    const isModule = type === 'module';
    if (!isModule && type !== '' && !/^(text|application)\/(javascript|ecmascript)$/.test(type)) continue; // data blocks: JSON, templates
    if (a.src) scripts.push(a.src);
    else if (isModule) inlineModules.push(m[2] as string);
  }
  // Outside scripts, so a "<link" inside inline code is not taken for a tag.
  const markup = text.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '');
  for (const m of markup.matchAll(/<link\b[^>]*>/gi)) {
    const a = attributes(m[0]);
    if (!a.href) continue;
    const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
    const as = (a.as ?? '').toLowerCase();
    if (rel.includes('stylesheet') || (rel.includes('preload') && as === 'style')) styles.push(a.href);
    else if (rel.includes('modulepreload') || (rel.includes('preload') && as === 'script')) preloads.push(a.href);
  }
  return { scripts, styles, preloads, inlineModules };
}

/**
 * Specifiers of a module's static imports and re-exports, minified or not:
 * `import"./a.js"`, `import{x as y}from"./a.js"`, `import x,*as y from './a.js'`,
 * `export*from"./a.js"`, `export{x}from"./a.js"`. A dynamic `import("./a.js")`
 * or import(`./a.js`) is not matched: a static specifier is never in parentheses
 * or back-quotes.
 */
function staticImports(js: string): string[] {
  const found: string[] = [];
  const importRe = /(?<![\w$.])import\s*(?:(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}|\*\s*as\s+[\w$]+)?\s*from\s*|(?=["']))(["'])([^"'\n]+)\1/g;
  const exportRe = /(?<![\w$.])export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*(["'])([^"'\n]+)\1/g;
  for (const m of js.matchAll(importRe)) found.push(m[2] as string);
  for (const m of js.matchAll(exportRe)) found.push(m[2] as string);
  return found;
}

/** Specifiers of a module's dynamic import("./…") calls with a literal relative path. */
function dynamicImports(js: string): string[] {
  return [...js.matchAll(/(?<![\w$.])import\(\s*(["'`])(\.{1,2}\/[^"'`\n]+)\1\s*\)/g)].map((m) => m[2] as string);
}

interface FirstView {
  readonly html: number;
  readonly js: number;
  readonly css: number;
  readonly total: number;
  /** Every file counted, relative to dist/, with its gzip size. */
  readonly files: readonly { file: string; gzip: number }[];
  /** Scripts counted that the page neither runs from its HTML nor preloads, relative to dist/. */
  readonly notPreloaded: readonly string[];
  /** Scripts the boot chunk fetches before hydrating (the tab's data, the Workshop chunk) with their imports, relative to dist/. */
  readonly awaited: readonly string[];
}

/** `first`: what the first paint needs; `interactive`: everything loaded before the page is interactive. */
type Stage = 'first' | 'interactive';

const gzip = (bytes: Uint8Array): number => gzipSync(bytes, { level: 9 }).length;

function pagePath(tab: TabId): string {
  return tab === 'overview' ? 'index.html' : `${tab}/index.html`;
}

/** What one page loads by a stage, each file gzipped on its own, as a server would send it. */
function firstView(root: string, page: string, stage: Stage = 'first'): FirstView {
  const toFile = (ref: string, base: string): string => {
    const url = new URL(ref, base);
    if (url.origin !== ORIGIN) throw new Error(`${page} loads ${ref} from another origin: it cannot be measured here`);
    const file = join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root + sep)) throw new Error(`${page}: ${ref} points outside dist/`);
    if (!existsSync(file)) throw new Error(`${page}: ${ref} (from ${base.slice(ORIGIN.length)}) is not in dist/`);
    return file;
  };
  const fileUrl = (file: string): string => `${ORIGIN}/${relative(root, file).split(sep).join('/')}`;

  const htmlFile = join(root, page);
  const htmlBytes = readFileSync(htmlFile);
  const refs = htmlReferences(htmlBytes.toString('utf8'));
  const pageUrl = fileUrl(htmlFile);
  const js = new Set<string>();
  const css = new Set<string>();
  const queue: string[] = [];
  const addScript = (file: string) => {
    if (js.has(file)) return;
    js.add(file);
    queue.push(file);
  };
  const addImports = (source: string, base: string) => {
    for (const spec of staticImports(source)) {
      if (!/^(\.{1,2}\/|\/|https?:)/.test(spec)) continue; // a bare specifier would not load in a browser anyway
      const file = toFile(spec, base);
      if (file.endsWith('.css')) css.add(file);
      else addScript(file);
    }
  };
  const closure = () => {
    while (queue.length > 0) {
      const file = queue.shift() as string;
      addImports(readFileSync(file, 'utf8'), fileUrl(file));
    }
  };
  const entries = refs.scripts.map((s) => toFile(s, pageUrl));
  for (const file of entries) addScript(file);
  for (const s of refs.styles) css.add(toFile(s, pageUrl));
  for (const inline of refs.inlineModules) addImports(inline, pageUrl);
  closure();
  const preloaded = new Set(js);
  const late: string[] = [];
  if (stage === 'interactive') {
    for (const s of refs.preloads) addScript(toFile(s, pageUrl));
    closure();
    for (const file of js) preloaded.add(file);
    // The entry script boots the app with a dynamic import() of the boot chunk.
    for (const file of entries) for (const spec of dynamicImports(readFileSync(file, 'utf8'))) addScript(toFile(spec, fileUrl(file)));
    closure();
    // Hydration waits for the tab's charts' data and, on the Workshop page, the Workshop chunk (src/boot.tsx).
    const tab = page === 'index.html' ? 'overview' : page.split('/')[0];
    const before = new Set(js);
    const awaited = new RegExp(`/(_virtual_evidence-${tab}-[^/]*|${page.startsWith('workshop/') ? 'WorkshopTab-[^/]*' : '(?!)'})\\.js$`);
    for (const file of [...js])
      for (const spec of dynamicImports(readFileSync(file, 'utf8'))) if (awaited.test(spec)) addScript(toFile(spec, fileUrl(file)));
    closure();
    for (const file of js) if (!before.has(file)) late.push(relative(root, file));
  }
  const notPreloaded = [...js].filter((f) => !preloaded.has(f)).map((f) => relative(root, f));

  const files = [htmlFile, ...js, ...css].map((file) => ({ file: relative(root, file), gzip: gzip(readFileSync(file)) }));
  const sum = (set: Set<string>) => files.filter((f) => set.has(join(root, f.file))).reduce((n, f) => n + f.gzip, 0);
  const html = gzip(htmlBytes);
  const jsSize = sum(js);
  const cssSize = sum(css);
  return { html, js: jsSize, css: cssSize, total: html + jsSize + cssSize, files, notPreloaded, awaited: late };
}

const kB = (bytes: number): string => (bytes / 1000).toFixed(1);

describe('reference parsing', () => {
  test('finds scripts, stylesheets and module preloads in any attribute order, and skips comments and data blocks', () => {
    const refs = htmlReferences(`<!doctype html><head>
      <script type="module" crossorigin src="./assets/index-A.js"></script>
      <link crossorigin href='./assets/index-B.css' rel="stylesheet">
      <link rel=modulepreload href=./assets/vendor-C.js>
      <link rel="icon" href="./favicon.svg">
      <!-- <script src="./old.js"></script> -->
      <script type="application/ld+json">{"a":1}</script>
      <script nomodule src="./legacy.js"></script>
      <script type="module">import "./boot.js"; const s = '<link rel="stylesheet" href="./no.css">';</script>`);
    expect(refs.scripts).toEqual(['./assets/index-A.js']);
    expect(refs.preloads).toEqual(['./assets/vendor-C.js']);
    expect(refs.styles).toEqual(['./assets/index-B.css']);
    expect(refs.inlineModules.flatMap(staticImports)).toEqual(['./boot.js']);
  });

  test('follows static imports and re-exports but not dynamic import()', () => {
    const js =
      'import{t as e}from"./chunk-A.js";import"./side-B.js";import x,{y}from "./C.js";import*as ns from\'./D.js\';' +
      'export*from"./E.js";export{z}from"./F.js";' +
      'const l=()=>import(`./lazy-G.js`);const m=()=>import("./lazy-H.js");o(()=>import(\'./lazy-I.js\'),[0]);a.import("./J.js");';
    expect(staticImports(js)).toEqual(['./chunk-A.js', './side-B.js', './C.js', './D.js', './E.js', './F.js']);
  });
});

describe('the order a page asks for things', () => {
  for (const tab of TAB_IDS)
    test(`${tab}: its stylesheet before any script, and each module preloaded once`, () => {
      const html = readFileSync(join(dist, pagePath(tab)), 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      const firstScript = Math.min(
        ...[/<script\b/.exec(head)?.index, /<link\b[^>]*rel="modulepreload"/.exec(head)?.index].filter((i) => i !== undefined),
      );
      // A browser requests in document order: the CSS, which first paint waits for, must not queue behind hydration's scripts.
      expect(/<link\b[^>]*rel="stylesheet"/.exec(head)?.index ?? Infinity).toBeLessThan(firstScript);
      const preloads = htmlReferences(html).preloads;
      expect(preloads.length).toBeGreaterThan(5);
      expect(preloads.filter((p, i) => preloads.indexOf(p) !== i)).toEqual([]);
    });
});

describe('first view, gzip level 9', () => {
  for (const tab of TAB_IDS)
    test(`${tab}: at most ${BUDGET / 1000} kB`, () => {
      const view = firstView(dist, pagePath(tab));
      console.log(`${tab}: ${kB(view.total)} kB gzip (html ${kB(view.html)}, js ${kB(view.js)}, css ${kB(view.css)})`);
      // A first view without a script or a stylesheet means the references were not found, not that they cost nothing.
      expect(view.files.filter((f) => f.file.endsWith('.js')).length, 'scripts found').toBeGreaterThan(0);
      expect(view.files.filter((f) => f.file.endsWith('.css')).length, 'stylesheets found').toBeGreaterThan(0);
      const detail = view.files.map((f) => `${f.file} ${kB(f.gzip)} kB`).join(', ');
      expect(view.total, `${tab} first view: ${detail}`).toBeLessThanOrEqual(BUDGET);
    });
});

describe('before interactive, gzip level 9', () => {
  for (const tab of TAB_IDS) {
    test(`${tab}: the boot chunk and its imports are preloaded from the HTML`, () => {
      const view = firstView(dist, pagePath(tab), 'interactive');
      const first = firstView(dist, pagePath(tab));
      // The boot chunk is counted (or the budget below would measure the first view alone) …
      expect(
        view.files.some((f) => /(^|\/)boot-[^/]*\.js$/.test(f.file)),
        'the boot chunk',
      ).toBe(true);
      expect(view.js).toBeGreaterThan(first.js);
      // … and the tab's own data is counted …
      expect(
        view.files.some((f) => new RegExp(`(^|/)_virtual_evidence-${tab}-[^/]*\\.js$`).test(f.file)),
        'the tab’s data chunk',
      ).toBe(true);
      // … and the page preloads it with its imports: only the tab's data and the Workshop chunk (with theirs) are fetched later, by the boot chunk.
      expect(view.notPreloaded.filter((f) => !view.awaited.includes(f))).toEqual([]);
    });
    test(`${tab}: JS + data at most ${INTERACTIVE_BUDGET / 1000} kB`, () => {
      const view = firstView(dist, pagePath(tab), 'interactive');
      const scripts = view.files.filter((f) => f.file.endsWith('.js'));
      console.log(`${tab}: ${kB(view.js)} kB JS + data before interactive (${scripts.map((f) => `${f.file} ${kB(f.gzip)}`).join(', ')})`);
      expect(view.js, `${tab} before interactive`).toBeLessThanOrEqual(INTERACTIVE_BUDGET);
    });
  }
});
