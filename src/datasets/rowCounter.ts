/** The kinds of line ending a CSV can use. */
export type LineEnding = 'CRLF' | 'LF' | 'CR';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Counts spreadsheet rows as a CSV is read one character at a time (or one
 * byte: the characters that matter are ASCII). The one place that knows a line
 * break inside a quoted field does not start a row, and that CRLF, LF and CR
 * each end one. It also notes the first row that ends differently from the
 * first, so a file with mixed line endings is refused by name, not misread.
 */
export class RowCounter {
  /** The row the next character is on: the header is row 1. */
  row = 1;
  /** How the first row outside quotes ends. */
  ending: LineEnding | undefined;
  /** The first row that ends differently from the first row, and how it ends. */
  mixed: { readonly row: number; readonly ending: LineEnding } | undefined;
  private quoted = false;
  private pendingCr = false;

  /** Read one character code; `next` is the code after it (NaN at the end of the text). */
  feed(code: number, next: number): void {
    if (code === QUOTE) {
      this.quoted = !this.quoted;
      return;
    }
    if (this.quoted || (code !== LF && code !== CR)) return;
    if (code === CR && next === LF) {
      this.pendingCr = true; // the LF that follows ends the row
      return;
    }
    const ending: LineEnding = code === CR ? 'CR' : this.pendingCr ? 'CRLF' : 'LF';
    this.pendingCr = false;
    if (this.ending === undefined) this.ending = ending;
    else if (ending !== this.ending && this.mixed === undefined) this.mixed = { row: this.row, ending };
    this.row++;
  }

  /** A counter that has read `text` up to (not including) `end`. */
  static over(text: string, end: number = text.length): RowCounter {
    const counter = new RowCounter();
    for (let i = 0; i < end; i++) counter.feed(text.charCodeAt(i), i + 1 < text.length ? text.charCodeAt(i + 1) : NaN);
    return counter;
  }
}

/** The spreadsheet row holding character `offset`. */
export const rowAt = (text: string, offset: number): number => RowCounter.over(text, offset).row;

/** How a line ending is named in a message. */
export const ENDING_NAMES: Readonly<Record<LineEnding, string>> = {
  CRLF: 'CRLF (Windows)',
  LF: 'LF (Unix, macOS)',
  CR: 'CR (old Mac)',
};
