import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The one date a build writes into its files (the full-dataset downloads):
 * when data/ last changed, never the moment of the build, so two builds of the
 * same tree are byte-identical. In order: SOURCE_DATE_EPOCH (the
 * reproducible-builds.org convention, seconds since 1970), the time of the
 * last commit that touched data/, else the newest file in data/. Whole
 * seconds, UTC.
 */
export function dataDate(root: string): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%ct', '--', 'data'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (/^\d+$/.test(out)) return new Date(Number(out) * 1000);
  } catch {
    // not a git checkout, or no git: fall back to the files themselves
  }
  const dir = join(root, 'data');
  const newest = Math.max(0, ...readdirSync(dir).map((f) => statSync(join(dir, f)).mtimeMs));
  return new Date(Math.floor(newest / 1000) * 1000);
}
