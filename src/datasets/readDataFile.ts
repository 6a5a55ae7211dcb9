import { readFileSync, statSync } from 'node:fs';
import type { DataProblem } from './dataProblem';

/**
 * Read one file of data/, or say in one line why it cannot be read: missing,
 * a folder, unreadable, too large. Never throws.
 */
export function readDataFile(path: string, file: string, what: string, maxBytes?: number): { bytes?: Buffer; problem?: DataProblem } {
  const problem = (found: string): { problem: DataProblem } => ({ problem: { file, expected: what, found } });
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return problem('a folder of that name');
    if (!stat.isFile()) return problem('something that is not a file');
    if (maxBytes !== undefined && stat.size > maxBytes)
      return problem(`${stat.size.toLocaleString('en-GB')} bytes, more than the ${maxBytes.toLocaleString('en-GB')} allowed`);
    return { bytes: readFileSync(path) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return problem('no such file');
    if (code === 'EACCES' || code === 'EPERM') return problem('a file that cannot be read (permission denied)');
    return problem(`a file that cannot be read (${code ?? 'unknown error'})`);
  }
}
