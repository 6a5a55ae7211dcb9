import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every package the browser receives is justified in docs/ARCHITECTURE.md,
 * and the CSV parser stays at build time. No network: `npm audit` is run by
 * hand (its output goes in the change's report), not in the tests.
 */
const root = process.cwd();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const architecture = readFileSync(join(root, 'docs/ARCHITECTURE.md'), 'utf8');
const section = /## Runtime dependencies\n([\s\S]*?)\n## /.exec(architecture)?.[1] ?? '';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('runtime dependencies', () => {
  it('are the ten the architecture document justifies, and no more', () => {
    expect(Object.keys(pkg.dependencies).sort()).toEqual([
      'd3-array',
      'd3-format',
      'd3-hexjson',
      'd3-scale',
      'd3-shape',
      'fflate',
      'pptxgenjs',
      'react',
      'react-dom',
      'zustand',
    ]);
    expect(section).not.toBe('');
    for (const name of Object.keys(pkg.dependencies)) expect(section, name).toContain(`\`${name}\``);
  });

  it('leave papaparse at build time: a devDependency, said so, and imported only by the build-time validator', () => {
    expect(pkg.devDependencies.papaparse).toBeDefined();
    expect(section).toMatch(/`papaparse` is build-time only/);
    const importers = sources(join(root, 'src'))
      .filter((f) => /from 'papaparse'/.test(readFileSync(f, 'utf8')))
      .map((f) => f.slice(root.length + 1));
    expect(importers).toEqual(['src/datasets/parseDataset.ts']);
  });
});
