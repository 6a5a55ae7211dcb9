import type { DataProblem } from './dataProblem';
import type { DatasetSchema } from './schema';
import { expectedHeaders } from './schema';
import { ENDING_NAMES, RowCounter, rowAt } from './rowCounter';
import { firstInvalidUtf8 } from './utf8';

/** More header fields than this is refused before any other work. */
export const MAX_COLUMNS = 500;

/** A CSV's text, fit to hand to the CSV parser, and how its rows end; or the one problem that stops it being read. */
export type CsvText = { readonly text: string; readonly lines: RowCounter } | { readonly problem: DataProblem };

/**
 * The checks made on a file as a whole before any row is read: valid UTF-8
 * (a byte-order mark dropped), not empty, no NUL, one kind of line ending, and
 * a header not absurdly wide. The first that fails is the file's one problem.
 */
export function readCsvText(bytes: Uint8Array, schema: DatasetSchema, file: string): CsvText {
  const fail = (p: Omit<DataProblem, 'file'>): CsvText => ({ problem: { file, ...p } });

  const lines = new RowCounter();
  const bad = firstInvalidUtf8(bytes, lines);
  if (bad) {
    return fail({
      row: bad.line,
      expected: 'UTF-8 text (save the file as "CSV UTF-8")',
      found: `the byte 0x${bad.byte.toString(16).toUpperCase().padStart(2, '0')}, which is not valid UTF-8`,
    });
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    return fail({ expected: `a header row: ${expectedHeaders(schema).slice(0, 8).join(', ')}`, found: 'an empty file' });
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    return fail({ row: rowAt(text, nul), expected: 'text without NUL characters', found: 'a NUL byte (is this a binary or UTF-16 file?)' });
  }

  // Papaparse guesses one line ending for the file: with several, rows would run together with false messages.
  if (lines.mixed && lines.ending) {
    return fail({
      row: lines.mixed.row,
      expected: `one kind of line ending throughout, as on row 1: ${ENDING_NAMES[lines.ending]}`,
      found: `a row ending in ${ENDING_NAMES[lines.mixed.ending]} (save the file again from a spreadsheet or editor to make them all the same)`,
    });
  }

  // Refuse absurd headers before papaparse allocates for them.
  const firstLineEnd = text.search(/\r\n|\n|\r/);
  const firstLine = firstLineEnd < 0 ? text : text.slice(0, firstLineEnd);
  const roughColumns = firstLine.split(',').length;
  const expected = expectedHeaders(schema);
  if (roughColumns > Math.max(MAX_COLUMNS, expected.length * 2)) {
    return fail({ row: 1, expected: `a header of ${expected.length} columns`, found: `${roughColumns.toLocaleString('en-GB')} columns` });
  }
  return { text, lines };
}
