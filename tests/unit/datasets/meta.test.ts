import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { META_LIST_LIMITS, META_TEXT_LIMITS, validateMeta } from '../../../src/datasets/meta';
import { formatProblem } from '../../../src/datasets/dataProblem';

/** The .meta.json schema: limits on every text, required fields, https addresses; each refusal names the file and the field. */
const FILE = 'data/university-income.meta.json';
const base = JSON.parse(readFileSync(join(process.cwd(), FILE), 'utf8')) as Record<string, unknown>;
const check = (patch: Record<string, unknown>) =>
  validateMeta({ ...base, ...patch }, FILE, 'university-income').problems.map(formatProblem);

describe('validateMeta: limits, required fields and addresses', () => {
  it('accepts every .meta.json in data/', () => {
    const files = readdirSync(join(process.cwd(), 'data')).filter((f) => f.endsWith('.meta.json'));
    expect(files.length).toBeGreaterThanOrEqual(12);
    for (const f of files) {
      const json = JSON.parse(readFileSync(join(process.cwd(), 'data', f), 'utf8')) as Record<string, unknown>;
      expect(validateMeta(json, `data/${f}`, f.replace(/\.meta\.json$/, '')).problems.map(formatProblem), f).toEqual([]);
    }
  });

  it('refuses a 10 MB caveat, naming the file and the field, without echoing it', () => {
    const problems = check({ caveats: ['A fair caveat.', 'x'.repeat(10 * 1024 * 1024)] });
    expect(problems).toEqual([
      'data/university-income.meta.json, column "caveats[1]": expected text of at most 1000 characters; found 10,485,760 characters',
    ]);
  });

  it('refuses a title, a note or an attribution over its limit, and too many notes', () => {
    expect(check({ title: 't'.repeat(META_TEXT_LIMITS.title + 1) })).toEqual([
      `data/university-income.meta.json, column "title": expected text of at most ${META_TEXT_LIMITS.title} characters; found 161 characters`,
    ]);
    expect(check({ notes: ['n'.repeat(META_LIST_LIMITS.notes.length + 1)] })).toEqual([
      'data/university-income.meta.json, column "notes[0]": expected text of at most 1500 characters; found 1,501 characters',
    ]);
    expect(check({ attribution: 'a'.repeat(301) })[0]).toContain('column "attribution": expected text of at most 300 characters');
    expect(check({ notes: Array.from({ length: 13 }, () => 'A note.') })).toEqual([
      'data/university-income.meta.json, column "notes": expected at most 12 sentences; found 13',
    ]);
  });

  it('refuses a missing required field, an empty sentence and a sentence that is not text', () => {
    const noTitle = { ...base };
    delete noTitle.title;
    expect(validateMeta(noTitle, FILE, 'university-income').problems.map(formatProblem)).toEqual([
      'data/university-income.meta.json, column "title": expected a non-empty text field; found nothing',
    ]);
    expect(check({ caveats: [' '] })).toEqual([
      'data/university-income.meta.json, column "caveats[0]": expected a non-empty text field; found " "',
    ]);
    expect(check({ notes: [{ x: 1 }] })).toEqual([
      'data/university-income.meta.json, column "notes[0]": expected a non-empty text field; found an object',
    ]);
  });

  it('refuses addresses that are not plain https: javascript:, http:, with credentials, with spaces, relative, too long', () => {
    const url = (u: string) => check({ url: u });
    expect(url('javascript:alert(1)')).toEqual([
      'data/university-income.meta.json, column "url": expected an https:// address of at most 500 characters; found "javascript:alert(1)"',
    ]);
    expect(url('http://www.hesa.ac.uk/')[0]).toContain('found "http://www.hesa.ac.uk/"');
    expect(url('https://user:secret@example.org/')).toEqual([
      'data/university-income.meta.json, column "url": expected an https:// address of at most 500 characters; found "https://user:secret@example.org/", with a user name or password in it',
    ]);
    expect(url('https://example.org/a b')[0]).toContain('column "url"');
    expect(url('https:///path-only')[0]).toContain('column "url"');
    expect(url('/data/here')[0]).toContain('column "url"');
    expect(url(`https://example.org/${'a'.repeat(500)}`)[0]).toContain('found 520 characters');
    expect(url('https://www.hesa.ac.uk/data-and-analysis/finances')).toEqual([]);
  });

  it('refuses control and bidirectional-override characters, shown escaped', () => {
    expect(check({ publisher: 'HESA \u202Egro.live' })).toEqual([
      'data/university-income.meta.json, column "publisher": expected text without control or bidirectional-override characters; found "HESA \\u202egro.live"',
    ]);
  });
});
