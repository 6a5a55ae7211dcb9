import { exportDate } from './exportDate';

/**
 * File names that survive every file system, e-mail client and URL:
 * lower-case ASCII letters, digits and hyphens, underscores between the parts,
 * e.g. west-of-england_university-income_as-shown_2026-11-22.csv. The fixed
 * prefix says where the file came from once it sits in a Downloads folder, and
 * means no name can be a reserved Windows device name (CON, NUL, …).
 */

const PREFIX = 'west-of-england';
/** Characters before the extension: well inside Windows' 260-character path limit, even in a deep folder. */
const MAX = 100;

/** Letters NFKD does not split into a base letter and an accent. */
const SPELLED: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
  '&': ' and ',
};

/** Transliterate to ASCII where a letter has an obvious base ("é" → "e"), then keep [a-z0-9] runs joined by hyphens. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[ßæœøđðþłı&]/g, (c) => SPELLED[c]!)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface FileNameInput {
  /** The dataset or chart the data is from, in any words: it is slugged. */
  readonly dataset: string;
  /** e.g. "as shown" or "full dataset". */
  readonly view: string;
  /** The download date; its UTC day goes in the name. */
  readonly date: Date;
  /** "csv", ".zip", "svg"… */
  readonly ext: string;
}

export function exportFileName({ dataset, view, date, ext }: FileNameInput): string {
  const extension = ext
    .replace(/^\./, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  if (!extension) throw new Error(`exportFileName: ${JSON.stringify(ext)} is not a file extension`);
  const tail = [slug(view).slice(0, 30).replace(/-+$/, ''), exportDate(date).day].filter(Boolean).join('_');
  // The dataset gives way first when the name is too long: prefix, view and date are what tell files apart.
  const room = MAX - PREFIX.length - tail.length - 2;
  const name = slug(dataset).slice(0, Math.max(0, room)).replace(/-+$/, '') || 'chart';
  return `${[PREFIX, name, tail].join('_').slice(0, MAX)}.${extension}`;
}
