import { RowCounter } from './rowCounter';

/**
 * Find the first byte that breaks UTF-8, with the spreadsheet row it sits on, so
 * a file saved as Windows-1252 or Latin-1 fails with a row to look at.
 * Follows the well-formed table of the Unicode standard (no overlongs, no surrogates).
 * `rows` reads every byte on the way, so a caller learns the line endings without a second pass.
 */
export function firstInvalidUtf8(
  bytes: Uint8Array,
  rows: RowCounter = new RowCounter(),
): { offset: number; byte: number; line: number } | undefined {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      // Only a quote, LF or CR changes the count (see RowCounter.feed): every other byte skips the call.
      if (b === 0x22 || b === 0x0a || b === 0x0d) rows.feed(b, i + 1 < n ? (bytes[i + 1] as number) : NaN);
      i++;
      continue;
    }
    const line = rows.row;
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return { offset: i, byte: b, line };
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c === undefined || c < min || c > max) return { offset: i, byte: b, line };
    }
    i += need + 1;
  }
  return undefined;
}
