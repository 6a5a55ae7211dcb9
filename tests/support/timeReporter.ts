import type { Reporter, TestModule } from 'vitest/node';

/** Files listed at the end, slowest first. */
const SLOWEST = 8;

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

/** Everything a file cost its worker: environment, harness, setup files, import, then its tests and hooks. */
function fileTime(m: TestModule): { total: number; start: number; tests: number } {
  const d = m.diagnostic();
  const start = d.environmentSetupDuration + d.prepareDuration + d.setupDuration + d.collectDuration;
  return { total: start + d.duration, start, tests: d.duration };
}

/**
 * Prints where `npm test` spent its time, after vitest's own summary: per
 * project (files, the time its files took, summed over workers) and the
 * slowest files, split into start-up (environment, setup, import) and tests.
 * .ci/run names its own reporters on the command line, which replaces this one.
 */
export default class TimeReporter implements Reporter {
  private started = 0;

  onTestRunStart(): void {
    this.started = performance.now();
  }

  onTestRunEnd(modules: readonly TestModule[]): void {
    if (modules.length === 0) return;
    const byProject = new Map<string, { files: number; ms: number }>();
    for (const m of modules) {
      const p = byProject.get(m.project.name) ?? { files: 0, ms: 0 };
      p.files++;
      p.ms += fileTime(m).total;
      byProject.set(m.project.name, p);
    }
    const lines = ['', `Where the time went (wall ${seconds(performance.now() - this.started)}; file times summed over workers)`];
    for (const [name, p] of [...byProject].sort((a, b) => b[1].ms - a[1].ms))
      lines.push(`  ${name.padEnd(8)} ${String(p.files).padStart(3)} files  ${seconds(p.ms).padStart(8)}`);
    lines.push(`  slowest files (start-up = environment, setup and import):`);
    const slow = [...modules].sort((a, b) => fileTime(b).total - fileTime(a).total).slice(0, SLOWEST);
    for (const m of slow) {
      const t = fileTime(m);
      lines.push(
        `  ${seconds(t.total).padStart(8)}  ${m.relativeModuleId} [${m.project.name}]  (start-up ${seconds(t.start)}, tests ${seconds(t.tests)})`,
      );
    }
    console.log(lines.join('\n'));
  }
}
