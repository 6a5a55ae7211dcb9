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

/** The chunk the entry loads with import("./boot-….js"), and every module it imports statically, entry excepted. */
export function bootChunks(outDir: string, entryFile: string): string[] {
  const entry = readFileSync(entryFile, 'utf8');
  const boot = /import\(\s*(["'`])(\.{1,2}\/[^"'`]*boot-[^"'`]+\.js)\1\s*\)/.exec(entry)?.[2];
  if (!boot) throw new Error(`prerender: no import("./boot-….js") in ${relative(outDir, entryFile)}: has src/main.tsx changed?`);
  const found: string[] = [];
  const queue = [join(dirname(entryFile), boot)];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (file === entryFile || found.includes(file)) continue;
    if (!existsSync(file)) throw new Error(`prerender: ${relative(outDir, file)}, imported by the boot chunk, is not in the build`);
    found.push(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) queue.push(join(dirname(file), spec));
  }
  return found;
}

/** The page template with a modulepreload for the boot chunk and its imports, after its entry script. */
export function withBootPreload(html: string, outDir: string): string {
  const entry = /<script\b[^>]*\btype="module"[^>]*\bsrc="(\.\/assets\/[^"]+\.js)"[^>]*><\/script>/.exec(html);
  if (!entry) throw new Error('prerender: the page template has no module entry script under ./assets/');
  const have = new Set([...html.matchAll(/<link rel="modulepreload" crossorigin href="\.\/([^"]+)">/g)].map((m) => m[1] as string));
  const links = bootChunks(outDir, join(outDir, entry[1] as string))
    // Vite already preloads the entry's own imports: one link each.
    .filter((file) => !have.has(relative(outDir, file).split('\\').join('/')))
    .map((file) => `<link rel="modulepreload" crossorigin href="./${relative(outDir, file).split('\\').join('/')}">`)
    .join('\n    ');
  const at = entry.index + entry[0].length;
  return `${html.slice(0, at)}\n    ${links}${html.slice(at)}`;
}

/** A chunk and every module it imports statically, in load order. */
function closure(outDir: string, start: string): string[] {
  const found: string[] = [];
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (found.includes(file)) continue;
    if (!existsSync(file)) throw new Error(`prerender: ${relative(outDir, file)} is not in the build`);
    found.push(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) queue.push(join(dirname(file), spec));
  }
  return found;
}

/**
 * Modulepreloads for the chunks the boot chunk awaits before hydrating (each
 * loaded by an import() and named here by its name before the hash): the
 * chart kinds a page draws (src/dashboard/chartKinds.ts, each named after its
 * component), its tab's data (`_virtual_evidence-<tab>`) and on the Workshop
 * page the Workshop chunk. Fetched with the boot chunk, not asked for one by
 * one once it runs. Chunks the page already preloads (`html`'s links) are not
 * repeated.
 */
export function withAwaitedPreloads(html: string, outDir: string, chunkNames: readonly string[]): string {
  if (chunkNames.length === 0) return html;
  const assets = readdirSync(join(outDir, 'assets'));
  const have = new Set([...html.matchAll(/<link rel="modulepreload" crossorigin href="\.\/([^"]+)">/g)].map((m) => m[1] as string));
  // The chunk is the one loaded by import("./<name>-….js"); a chunk of shared code may carry the same name.
  const dynamic = new Set(
    assets
      .filter((f) => f.endsWith('.js'))
      .flatMap((f) => [...readFileSync(join(outDir, 'assets', f), 'utf8').matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g)])
      .map((m) => m[1] as string),
  );
  const files = chunkNames.flatMap((name) => {
    const found = assets.filter((f) => f.startsWith(`${name}-`) && f.endsWith('.js') && dynamic.has(f));
    if (found.length !== 1) throw new Error(`prerender: expected one chunk assets/${name}-….js loaded by import(), found ${found.length}`);
    return closure(outDir, join(outDir, 'assets', found[0] as string));
  });
  const links = [...new Set(files.map((f) => relative(outDir, f).split('\\').join('/')))]
    .filter((f) => !have.has(f))
    .map((f) => `<link rel="modulepreload" crossorigin href="./${f}">`);
  return links.length ? html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`) : html;
}
