/**
 * The boot chunk (React, the charts and the data: src/boot.tsx) is what the
 * page needs to become interactive. The entry script fetches it with a
 * dynamic import() once the browser is idle; found only then, its download
 * would start late. A <link rel="modulepreload"> for it and for each module it
 * imports statically lets the browser fetch them alongside the first view,
 * at the priority it gives preloads, without running them: they do not delay
 * the first paint, and hydration starts on code already there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

/** Static imports of a built chunk: `import{…}from"./a.js"`, `import"./b.js"` (never a dynamic import(`…`)). */
const staticImports = (js: string): string[] =>
  [...js.matchAll(/(?<![\w$.])import\s*(?:[\w$*{][^;()]*?from\s*)?(["'])(\.{1,2}\/[^"'\n]+)\1/g)].map((m) => m[2] as string);

/** A built file's path as the page refers to it: relative to dist/, with forward slashes. */
const assetPath = (outDir: string, file: string): string => relative(outDir, file).split('\\').join('/');

/** The files a page already preloads (its <link rel="modulepreload">s), as asset paths. */
const preloadedIn = (html: string): Set<string> =>
  new Set([...html.matchAll(/<link rel="modulepreload" crossorigin href="\.\/([^"]+)">/g)].map((m) => m[1] as string));

const preloadLink = (path: string): string => `<link rel="modulepreload" crossorigin href="./${path}">`;

/** A chunk and every module it imports statically, in load order; `skip` (the entry) and its imports left out. */
function closure(outDir: string, start: string, skip?: string): string[] {
  const found: string[] = [];
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (file === skip || found.includes(file)) continue;
    if (!existsSync(file))
      throw new Error(`prerender: ${relative(outDir, file)}, imported by ${relative(outDir, start)}, is not in the build`);
    found.push(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) queue.push(join(dirname(file), spec));
  }
  return found;
}

/** The chunk the entry loads with import("./boot-….js"), and every module it imports statically, entry excepted. */
export function bootChunks(outDir: string, entryFile: string): string[] {
  const entry = readFileSync(entryFile, 'utf8');
  const boot = /import\(\s*(["'`])(\.{1,2}\/[^"'`]*boot-[^"'`]+\.js)\1\s*\)/.exec(entry)?.[2];
  if (!boot) throw new Error(`prerender: no import("./boot-….js") in ${relative(outDir, entryFile)}: has src/main.tsx changed?`);
  return closure(outDir, join(dirname(entryFile), boot), entryFile);
}

/** The page template with a modulepreload for the boot chunk and its imports, after its entry script. */
export function withBootPreload(html: string, outDir: string): string {
  const entry = /<script\b[^>]*\btype="module"[^>]*\bsrc="(\.\/assets\/[^"]+\.js)"[^>]*><\/script>/.exec(html);
  if (!entry) throw new Error('prerender: the page template has no module entry script under ./assets/');
  const have = preloadedIn(html);
  const links = bootChunks(outDir, join(outDir, entry[1] as string))
    .map((file) => assetPath(outDir, file))
    // Vite already preloads the entry's own imports: one link each.
    .filter((path) => !have.has(path))
    .map(preloadLink)
    .join('\n    ');
  const at = entry.index + entry[0].length;
  return `${html.slice(0, at)}\n    ${links}${html.slice(at)}`;
}

/**
 * Modulepreloads for the chunks the boot chunk awaits before hydrating (each
 * loaded by an import() and named here by its name before the hash): the
 * chart kinds a page draws (src/dashboard/chartKinds.ts, each named after its
 * component), its tab's data (`_virtual_evidence-<tab>`) and on the Workshop
 * page the Workshop chunk. Fetched with the boot chunk, not asked for one by
 * one once it runs. Chunks the page already preloads (`html`'s links) are not
 * repeated. The build's chunks are read once, for every page.
 */
export function awaitedPreloads(outDir: string): (html: string, chunkNames: readonly string[]) => string {
  const assets = readdirSync(join(outDir, 'assets'));
  // The chunk is the one loaded by import("./<name>-….js"); a chunk of shared code may carry the same name.
  const dynamic = new Set(
    assets
      .filter((f) => f.endsWith('.js'))
      .flatMap((f) => [...readFileSync(join(outDir, 'assets', f), 'utf8').matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)])
      .map((m) => m[1] as string),
  );
  return (html, chunkNames) => {
    if (chunkNames.length === 0) return html;
    const have = preloadedIn(html);
    const files = chunkNames.flatMap((name) => {
      const found = assets.filter((f) => f.startsWith(`${name}-`) && f.endsWith('.js') && dynamic.has(f));
      if (found.length !== 1)
        throw new Error(`prerender: expected one chunk assets/${name}-….js loaded by import(), found ${found.length}`);
      return closure(outDir, join(outDir, 'assets', found[0] as string));
    });
    const links = [...new Set(files.map((f) => assetPath(outDir, f)))].filter((path) => !have.has(path)).map(preloadLink);
    return links.length ? html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`) : html;
  };
}
