/* global process, console */
/**
 * `npm run audit`: `npm audit` over every dependency, with a clear answer
 * where the advisory service cannot be reached.
 *
 * Exit codes (README, "Security"):
 *   0  the advisory service answered: no known vulnerability of moderate severity or above;
 *   1  it answered with vulnerabilities of moderate severity or above (npm audit's report follows);
 *   2  it could not be reached or gave no report: nothing was checked. A release waits for a run that exits 0.
 */
import { spawnSync } from 'node:child_process';

const TIMEOUT_MS = 120_000;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = spawnSync(npm, ['audit', '--json'], { encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });

let report;
try {
  report = JSON.parse(run.stdout ?? '');
} catch {
  report = undefined;
}

const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const why =
    run.error?.code === 'ETIMEDOUT'
      ? `no answer in ${TIMEOUT_MS / 1000} s`
      : (report?.message ?? report?.error?.summary ?? (run.stderr ?? '').split('\n').find((l) => l.trim()) ?? 'no report');
  console.error(
    `npm run audit: the npm advisory service could not be reached (${String(why).slice(0, 200)}); nothing was checked: run it again with network access before a release.`,
  );
  process.exit(2);
}

const order = ['critical', 'high', 'moderate', 'low', 'info'];
const total = order.reduce((n, k) => n + (counts[k] ?? 0), 0);
const serious = (counts.critical ?? 0) + (counts.high ?? 0) + (counts.moderate ?? 0);
const deps = report.metadata.dependencies?.total ?? '?';
const detail = order
  .filter((k) => counts[k])
  .map((k) => `${counts[k]} ${k}`)
  .join(', ');
console.log(
  `npm run audit: ${total === 0 ? 'no known vulnerabilities' : `${total} known vulnerabilities (${detail})`} in ${deps} dependencies.`,
);
if (serious > 0) {
  spawnSync(npm, ['audit'], { stdio: 'inherit', timeout: TIMEOUT_MS });
  process.exit(1);
}
