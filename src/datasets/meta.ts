import type { DataProblem } from './parseDataset';

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

const STRING_FIELDS = [
  'id',
  'title',
  'row',
  'source',
  'publisher',
  'released',
  'period',
  'geography',
  'vintage',
  'licence',
  'attribution',
] as const;
const LIST_FIELDS = ['caveats', 'notes'] as const;

/** Validate a parsed .meta.json; problems name the file and the field. */
export function validateMeta(value: unknown, file: string, expectedId: string): { meta?: DatasetMeta; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { problems: [{ file, expected: 'a JSON object of metadata', found: Array.isArray(value) ? 'a list' : typeof value }] };
  }
  const obj = value as Record<string, unknown>;
  for (const f of STRING_FIELDS) {
    const v = obj[f];
    if (typeof v !== 'string' || v.trim() === '')
      problems.push({ file, column: f, expected: 'a non-empty text field', found: v === undefined ? 'nothing' : JSON.stringify(v) });
  }
  for (const f of LIST_FIELDS) {
    const v = obj[f];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
      problems.push({
        file,
        column: f,
        expected: 'a list of sentences',
        found: v === undefined ? 'nothing' : JSON.stringify(v).slice(0, 40),
      });
  }
  if (obj.url !== undefined && (typeof obj.url !== 'string' || !/^https:\/\//.test(obj.url))) {
    problems.push({ file, column: 'url', expected: 'an https:// address', found: JSON.stringify(obj.url) });
  }
  if (typeof obj.released === 'string' && !/^(\d{4}-\d{2}(-\d{2})?$|not stated)/.test(obj.released)) {
    problems.push({
      file,
      column: 'released',
      expected: 'a date as YYYY-MM-DD or YYYY-MM, or "not stated …"',
      found: JSON.stringify(obj.released),
    });
  }
  if (typeof obj.id === 'string' && obj.id !== expectedId) {
    problems.push({ file, column: 'id', expected: `"${expectedId}", the schema's id`, found: JSON.stringify(obj.id) });
  }
  const known = new Set<string>([...STRING_FIELDS, ...LIST_FIELDS, 'url']);
  for (const k of Object.keys(obj))
    if (!known.has(k)) problems.push({ file, column: k, expected: `only the fields ${[...known].join(', ')}`, found: 'an unknown field' });
  return problems.length ? { problems } : { meta: obj as unknown as DatasetMeta, problems };
}
