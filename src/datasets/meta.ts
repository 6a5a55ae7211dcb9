import type { DataProblem } from './dataProblem';
import { clipName, show } from './messageText';

/** What travels with every dataset: shown on each chart card and in every export. */
export interface DatasetMeta {
  readonly id: string;
  readonly title: string;
  /** What one row is. */
  readonly row: string;
  readonly source: string;
  readonly publisher: string;
  readonly url?: string;
  /** Release date as published: YYYY-MM-DD or YYYY-MM; "not stated …" where the copy does not say. */
  readonly released: string;
  readonly period: string;
  readonly geography: string;
  /** Which evidence this is: "Evidence base (2019)" or the official release it comes from. */
  readonly vintage: string;
  readonly licence: string;
  readonly attribution: string;
  readonly caveats: readonly string[];
  readonly notes: readonly string[];
}

/**
 * The schema of a .meta.json: every field, its longest allowed text and, for
 * the lists, how many sentences at most. The limits are several times the
 * longest text in data/ today: a card, a slide and an export's README must stay readable.
 */
export const META_TEXT_LIMITS = {
  id: 60,
  title: 160,
  row: 300,
  source: 300,
  publisher: 200,
  released: 80,
  period: 300,
  geography: 200,
  vintage: 120,
  licence: 200,
  attribution: 300,
} as const satisfies Partial<Record<keyof DatasetMeta, number>>;
export const META_LIST_LIMITS = {
  caveats: { items: 12, length: 1000 },
  notes: { items: 12, length: 1500 },
} as const satisfies Partial<Record<keyof DatasetMeta, { items: number; length: number }>>;
export const META_URL_LENGTH = 500;
/** A .meta.json larger than this is refused before it is parsed; below it, each field's limit names the field. */
export const MAX_META_BYTES = 32 * 1024 * 1024;

/** Control and bidirectional-override characters: they hide or reorder text on a card. */
// eslint-disable-next-line no-control-regex
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const RELEASED = /^(\d{4}-\d{2}(-\d{2})?$|not stated)/;

type Check = (problem: Omit<DataProblem, 'file'>) => void;

function checkText(field: string, v: unknown, max: number, report: Check): v is string {
  if (typeof v !== 'string' || v.trim() === '') {
    report({ column: field, expected: 'a non-empty text field', found: v === undefined ? 'nothing' : describe(v) });
    return false;
  }
  if (v.length > max) {
    report({ column: field, expected: `text of at most ${max} characters`, found: `${v.length.toLocaleString('en-GB')} characters` });
    return false;
  }
  if (HIDDEN.test(v)) {
    report({ column: field, expected: 'text without control or bidirectional-override characters', found: show(v) });
    return false;
  }
  return true;
}

/** A value for a message: never the whole of a long one. */
const describe = (v: unknown): string =>
  typeof v === 'string' ? show(v) : Array.isArray(v) ? 'a list' : v === null ? 'null' : typeof v === 'object' ? 'an object' : String(v);

function checkUrl(v: unknown, report: Check): void {
  const bad = (found: string) => report({ column: 'url', expected: `an https:// address of at most ${META_URL_LENGTH} characters`, found });
  if (typeof v !== 'string') return bad(describe(v));
  if (v.length > META_URL_LENGTH) return bad(`${v.length.toLocaleString('en-GB')} characters`);
  let url: URL | undefined;
  try {
    url = new URL(v);
  } catch {
    url = undefined;
  }
  if (!url || url.protocol !== 'https:' || !/^https:\/\/[^\s/]/.test(v) || /\s/.test(v) || HIDDEN.test(v)) return bad(show(v));
  if (url.username || url.password) bad(`${show(v)}, with a user name or password in it`);
}

/** Validate a parsed .meta.json against the schema above; each problem names the file and the field. */
export function validateMeta(value: unknown, file: string, expectedId: string): { meta?: DatasetMeta; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const report: Check = (p) => problems.push({ file, ...p });
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problems: [{ file, expected: 'a JSON object of metadata', found: describe(value) }] };
  }
  const obj = value as Record<string, unknown>;
  for (const [f, max] of Object.entries(META_TEXT_LIMITS)) checkText(f, obj[f], max, report);
  for (const [f, { items, length }] of Object.entries(META_LIST_LIMITS)) {
    const v = obj[f];
    if (!Array.isArray(v)) {
      report({ column: f, expected: 'a list of sentences', found: v === undefined ? 'nothing' : describe(v) });
      continue;
    }
    if (v.length > items) report({ column: f, expected: `at most ${items} sentences`, found: `${v.length.toLocaleString('en-GB')}` });
    else v.forEach((x, i) => checkText(`${f}[${i}]`, x, length, report));
  }
  if (obj.url !== undefined) checkUrl(obj.url, report);
  if (typeof obj.released === 'string' && !RELEASED.test(obj.released)) {
    report({ column: 'released', expected: 'a date as YYYY-MM-DD or YYYY-MM, or "not stated …"', found: show(obj.released) });
  }
  if (typeof obj.id === 'string' && obj.id !== expectedId) {
    report({ column: 'id', expected: `"${expectedId}", the schema's id`, found: show(obj.id) });
  } else if (typeof obj.id === 'string' && !ID.test(obj.id)) {
    report({ column: 'id', expected: 'lower-case words joined by hyphens', found: show(obj.id) });
  }
  const known = new Set<string>([...Object.keys(META_TEXT_LIMITS), ...Object.keys(META_LIST_LIMITS), 'url']);
  for (const k of Object.keys(obj))
    if (!known.has(k)) report({ column: clipName(k), expected: `only the fields ${[...known].join(', ')}`, found: 'an unknown field' });
  return problems.length ? { problems } : { meta: obj as unknown as DatasetMeta, problems };
}
