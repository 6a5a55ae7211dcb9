/**
 * A value or a name as a problem message quotes it: clipped when long, with
 * its invisible characters spelt out, so a message cannot hide or reorder text.
 */

/** Controls, zero-width and bidirectional characters: shown as \uXXXX so a message cannot hide or reorder text. */
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** A header name for a message: short, invisible characters shown, no quotes. */
export const clipName = (name: string): string => show(name).replace(/^"|"(?= \(|$)/g, '');

/** Quote a found value for a message, short and with invisible characters shown. */
export function show(value: string, max = 40): string {
  const clipped = value.length > max ? `${value.slice(0, max)}…` : value;
  return value.length > max ? `"${visible(clipped)}" (${value.length} characters)` : `"${visible(value)}"`;
}

/** Text with its invisible characters shown as \uXXXX, so a message cannot hide or reorder text. */
export const visible = (text: string): string => text.replace(INVISIBLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
