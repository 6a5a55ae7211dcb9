import { crc32 } from './crc32';

/**
 * A ZIP archive with every file STORED (no compression), per PKWARE's
 * APPNOTE 6.3: local header + data for each file, then the central directory
 * and its end record. Our files are a few kilobytes of text, so DEFLATE would
 * save little and cost a compressor; STORED opens everywhere (Windows
 * Explorer, macOS Archive Utility, unzip, Python's zipfile).
 * No ZIP64: archives over 4 GiB or 65,535 files are refused, not corrupted.
 */

export interface ZipEntry {
  /** Path inside the archive, "/"-separated; written as UTF-8 with flag bit 11 set. */
  readonly name: string;
  readonly data: Uint8Array;
  /** Modification time shown when unpacked; the current time if absent. */
  readonly date?: Date;
}

const LOCAL_SIG = 0x04034b50;
const CENTRAL_SIG = 0x02014b50;
const END_SIG = 0x06054b50;
/** 2.0: the version every unzipper understands; STORED needs no more. */
const VERSION = 20;
/** Bit 11: the file name is UTF-8, so "données £.csv" unpacks as written. */
const FLAG_UTF8 = 0x0800;
/**
 * Version made by: Unix host, 2.0. With an MS-DOS host, Info-ZIP unzip (Debian's
 * 6.0, at least) ignores the UTF-8 flag and reads the name as code page 437,
 * mangling "é" and "£"; Python's zipfile writes a Unix host for the same reason.
 */
const MADE_BY = (3 << 8) | VERSION;
/** A Unix host's attributes are a file mode: a regular file, rw-r--r--. Zero would unpack as mode 000, unreadable. */
const UNIX_FILE_MODE = (0o100644 << 16) >>> 0;
const STORED = 0;
const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;

/**
 * MS-DOS date and time, the format ZIP headers carry: local wall-clock time at
 * two-second resolution, years 1980 to 2107 (clamped). Local, because that is
 * what unzippers assume when they set the unpacked file's time.
 */
function dosDateTime(d: Date): { date: number; time: number } {
  if (Number.isNaN(d.getTime())) throw new Error('zipStore: a file has an invalid date');
  const year = d.getFullYear();
  if (year < 1980) return { date: (1 << 5) | 1, time: 0 };
  if (year > 2107) return { date: (127 << 9) | (12 << 5) | 31, time: (23 << 11) | (59 << 5) | 29 };
  return {
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
  };
}

/** Refuse names an unzipper could write outside its target folder, or that clash. */
function checkName(name: string, seen: Set<string>): void {
  const bad =
    name === '' ||
    name.startsWith('/') ||
    name.includes('\\') ||
    name.includes('\0') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').some((part) => part === '..' || part === '.');
  if (bad) throw new Error(`zipStore: unsafe file name ${JSON.stringify(name)}`);
  if (seen.has(name)) throw new Error(`zipStore: two files named ${JSON.stringify(name)}`);
  seen.add(name);
}

/** Build the archive. Entries are written in the order given. */
export function zipStore(files: readonly ZipEntry[]): Uint8Array {
  if (files.length > 0xffff) throw new Error(`zipStore: ${files.length} files is more than a ZIP without ZIP64 holds`);
  const encoder = new TextEncoder();
  const seen = new Set<string>();
  const now = new Date();
  const entries = files.map((f) => {
    checkName(f.name, seen);
    const name = encoder.encode(f.name);
    if (name.length > 0xffff) throw new Error(`zipStore: the name ${JSON.stringify(f.name.slice(0, 40))}… is too long`);
    return { name, data: f.data, crc: crc32(f.data), ...dosDateTime(f.date ?? now) };
  });

  let localSize = 0;
  let centralSize = 0;
  for (const e of entries) {
    localSize += LOCAL_HEADER + e.name.length + e.data.length;
    centralSize += CENTRAL_HEADER + e.name.length;
  }
  const total = localSize + centralSize + END_RECORD;
  if (localSize + centralSize > 0xffffffff) throw new Error('zipStore: more than 4 GiB needs ZIP64, which this writer does not do');

  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  let p = 0;
  const u16 = (v: number) => {
    view.setUint16(p, v, true);
    p += 2;
  };
  const u32 = (v: number) => {
    view.setUint32(p, v, true);
    p += 4;
  };
  const bytes = (b: Uint8Array) => {
    out.set(b, p);
    p += b.length;
  };

  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(p);
    u32(LOCAL_SIG);
    u16(VERSION); // version needed to extract
    u16(FLAG_UTF8);
    u16(STORED);
    u16(e.time);
    u16(e.date);
    u32(e.crc);
    u32(e.data.length); // compressed size: stored, so the same
    u32(e.data.length);
    u16(e.name.length);
    u16(0); // extra field length
    bytes(e.name);
    bytes(e.data);
  }

  const centralStart = p;
  entries.forEach((e, i) => {
    u32(CENTRAL_SIG);
    u16(MADE_BY);
    u16(VERSION);
    u16(FLAG_UTF8);
    u16(STORED);
    u16(e.time);
    u16(e.date);
    u32(e.crc);
    u32(e.data.length);
    u32(e.data.length);
    u16(e.name.length);
    u16(0); // extra field length
    u16(0); // comment length
    u16(0); // disk number start
    u16(0); // internal attributes
    u32(UNIX_FILE_MODE);
    u32(offsets[i]!);
    bytes(e.name);
  });

  u32(END_SIG);
  u16(0); // this disk
  u16(0); // disk with the central directory
  u16(entries.length);
  u16(entries.length);
  u32(centralSize); // size of the central directory
  u32(centralStart);
  u16(0); // comment length
  return out;
}
