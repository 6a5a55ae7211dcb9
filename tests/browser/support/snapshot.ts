import { cp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from './build';

export interface Snapshot {
  /** The copy to serve. */
  readonly dir: string;
  remove(): Promise<void>;
}

async function mtime(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return undefined;
  }
}

/** Every page's referenced assets exist in the copy: it is one whole build, not a mix. */
async function complete(dir: string): Promise<boolean> {
  const pages = [join(dir, 'index.html')];
  for (const e of await readdir(dir, { withFileTypes: true }))
    if (e.isDirectory() && e.name !== 'assets' && e.name !== 'data' && e.name !== 'embed') pages.push(join(dir, e.name, 'index.html'));
  // One embed page per chart, two folders down.
  for (const e of await readdir(join(dir, 'embed'), { withFileTypes: true }).catch(() => []))
    if (e.isDirectory()) pages.push(join(dir, 'embed', e.name, 'index.html'));
  const assets = new Set((await readdir(join(dir, 'assets')).catch(() => [] as string[])).map((n) => `assets/${n}`));
  for (const page of pages) {
    let html: string;
    try {
      html = await readFile(page, 'utf8');
    } catch {
      return false;
    }
    for (const m of html.matchAll(/(?:src|href)="(?:\.\.?\/)+(assets\/[^"]+)"/g)) if (!assets.has(m[1] as string)) return false;
  }
  return pages.length > 1;
}

/**
 * A private copy of dist/ for one test file. Anyone may rebuild dist/ while
 * a file runs (scripts/build.ts removes it and renames a new build into
 * place), which would swap the assets under a page half-way through a test;
 * a copy taken whole at the start cannot change. Retries if a rebuild
 * happened during the copy.
 */
export async function snapshotDist(dist: string): Promise<Snapshot> {
  const dir = join(ROOT, `.tmp/browser-dist-${process.pid}-${Date.now().toString(36)}`);
  for (let attempt = 1; ; attempt++) {
    const before = await mtime(join(dist, 'index.html'));
    await rm(dir, { recursive: true, force: true });
    try {
      await cp(dist, dir, { recursive: true });
    } catch (e) {
      if (attempt >= 10) throw e;
    }
    if (before !== undefined && before === (await mtime(join(dist, 'index.html'))) && (await complete(dir)))
      return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
    if (attempt >= 10) throw new Error(`could not take a whole copy of ${dist}: it kept changing`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
