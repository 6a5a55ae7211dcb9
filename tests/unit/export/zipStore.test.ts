import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../src/export/crc32';
import { zipStore } from '../../../src/export/zipStore';
import { pythonUnzip, withZipFile } from './support';

const utf8 = (s: string) => new TextEncoder().encode(s);
const hasUnzip = spawnSync('unzip', ['-v']).status === 0;

const date = new Date(2026, 10, 22, 14, 37, 58); // local time, as ZIP stores it
const files = [
  { name: 'données £.csv', data: utf8('\uFEFFArea,Value (£m)\r\nBristol,1\r\n'), date },
  { name: 'README.txt', data: utf8('Read me.\r\n'), date },
  { name: 'empty.txt', data: new Uint8Array(), date },
  { name: 'folder/binary.bin', data: Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256), date },
];

describe('zipStore: an archive other tools open', () => {
  it("passes Python zipfile's CRC check and gives back every file byte for byte, names in UTF-8", () => {
    const z = pythonUnzip(zipStore(files));
    expect(z.test).toBeNull();
    expect(z.entries.map((e) => e.name)).toEqual(files.map((f) => f.name));
    z.entries.forEach((e, i) => {
      expect(Buffer.compare(e.data, Buffer.from(files[i]!.data))).toBe(0);
      expect(e.crc).toBe(crc32(files[i]!.data));
      expect(e.method).toBe(0); // STORED
      expect(e.flags & 0x0800).toBe(0x0800); // UTF-8 name flag
    });
  });

  it('records the modification time as local DOS date and time (two-second steps)', () => {
    const z = pythonUnzip(zipStore(files));
    expect(z.entries[0]!.dateTime).toEqual([2026, 11, 22, 14, 37, 58]);
    const odd = pythonUnzip(zipStore([{ name: 'a', data: new Uint8Array(), date: new Date(2001, 0, 2, 3, 4, 5) }]));
    expect(odd.entries[0]!.dateTime).toEqual([2001, 1, 2, 3, 4, 4]);
  });

  it('clamps dates outside the DOS range to 1980 rather than write a broken header', () => {
    const z = pythonUnzip(zipStore([{ name: 'old', data: new Uint8Array(), date: new Date(1970, 0, 1) }]));
    expect(z.entries[0]!.dateTime).toEqual([1980, 1, 1, 0, 0, 0]);
  });

  it('writes an empty archive that still opens', () => {
    const bytes = zipStore([]);
    expect(bytes.length).toBe(22);
    expect(pythonUnzip(bytes)).toEqual({ test: null, entries: [] });
  });

  it.runIf(hasUnzip)('unpacks with `unzip` to files of the right names, readable (mode 644)', () => {
    withZipFile(zipStore(files), (path) => {
      const dir = mkdtempSync(join(tmpdir(), 'ee-unzipped-'));
      try {
        execFileSync('unzip', ['-q', path, '-d', dir]);
        const unpacked = join(dir, 'données £.csv');
        expect(readFileSync(unpacked)).toEqual(Buffer.from(files[0]!.data));
        expect(statSync(unpacked).mode & 0o777).toBe(0o644);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  it.runIf(hasUnzip)('passes `unzip -t` and `unzip -p` returns the files byte for byte', () => {
    withZipFile(zipStore(files), (path) => {
      const test = execFileSync('unzip', ['-t', path], { encoding: 'utf8' });
      expect(test).toMatch(/No errors detected/);
      for (const f of files) {
        const out = execFileSync('unzip', ['-p', path, f.name], { maxBuffer: 1 << 24 });
        expect(Buffer.compare(out, Buffer.from(f.data)), f.name).toBe(0);
      }
    });
  });
});

describe('zipStore: refuses archives that would be unsafe or ambiguous', () => {
  it.each(['', '/etc/passwd', '../up.txt', 'a/../../b', 'C:\\x', 'a\\b', 'a/./b'])('rejects the name %j', (name) => {
    expect(() => zipStore([{ name, data: new Uint8Array() }])).toThrow(/unsafe file name/);
  });

  it('rejects two files of the same name', () => {
    expect(() =>
      zipStore([
        { name: 'a', data: new Uint8Array() },
        { name: 'a', data: new Uint8Array() },
      ]),
    ).toThrow(/two files named "a"/);
  });

  it('rejects an invalid date rather than write garbage', () => {
    expect(() => zipStore([{ name: 'a', data: new Uint8Array(), date: new Date(NaN) }])).toThrow(/invalid date/);
  });
});
