import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../../src/datasets/catalog';
import { validateMeta } from '../../../src/datasets/meta';
import type { DataProblem } from '../../../src/datasets/dataProblem';
import { formatProblem } from '../../../src/datasets/dataProblem';
import { parseDataset } from '../../../src/datasets/parseDataset';
import type { DatasetSchema } from '../../../src/datasets/schema';
import { dedupeIdeas, WorkshopDataError } from '../../../src/series/dedupeIdeas';

/**
 * The build's catalogue checks, fuzzed (seeded): the real data files with a
 * careless or hostile edit in them. Whatever the edit, the checks never throw
 * anything but a WorkshopDataError, each problem names its file, and no
 * message carries a raw control, zero-width or bidirectional character.
 */
const SEED = 20_190_416;
const FUZZ_TIMEOUT = 60_000;
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
const schemas = Object.values(catalog) as readonly DatasetSchema[];
// The smaller files: the national-scale ones are covered by the benchmark and hostileFixtures.test.ts.
const small = schemas.filter((s) => readFileSync(join(process.cwd(), s.file)).length < 200_000);

const EDITS = fc.constantFrom(
  '\u202E',
  '\u200B',
  '\r',
  '\n',
  '\r\n',
  '"',
  ',',
  '1e-400',
  '1e400',
  '5e-324',
  '\u0000',
  'ＡＢＣ',
  '',
  ' ',
  '-0',
  '=HYPERLINK("x")',
);
const edit = fc.record({ at: fc.nat(), cut: fc.nat({ max: 12 }), insert: fc.oneof(EDITS, fc.string({ unit: 'grapheme', maxLength: 6 })) });

function expectReadable(problems: readonly DataProblem[], file: string): void {
  for (const p of problems) {
    expect(p.file).toBe(file);
    const line = formatProblem(p);
    expect(line, line).not.toMatch(RAW);
    expect(line).not.toContain('\n');
  }
}

describe('the catalogue checks on edited real data (fast-check, seeded)', () => {
  it(
    `parseDataset: ${small.length} real files, 600 edits each way, never throws and names the file in plain text`,
    () => {
      const files = small.map((s) => ({ schema: s, text: readFileSync(join(process.cwd(), s.file), 'utf8') }));
      fc.assert(
        fc.property(fc.nat({ max: files.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (i, edits) => {
          const { schema, text } = files[i] as (typeof files)[number];
          let t = text;
          for (const e of edits) {
            const at = e.at % (t.length + 1);
            t = t.slice(0, at) + e.insert + t.slice(at + e.cut);
          }
          const r = parseDataset(new TextEncoder().encode(t), schema, schema.file);
          expect(r.rows.length === 0 || r.problems.length === 0).toBe(true);
          expectReadable(r.problems, schema.file);
        }),
        { numRuns: 600, seed: SEED },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'validateMeta: every real .meta.json with a field replaced by anything, never throws and names the file and field',
    () => {
      const metas = schemas.map((s) => {
        const file = s.file.replace(/\.csv$/, '.meta.json');
        return { id: s.id, file, json: JSON.parse(readFileSync(join(process.cwd(), file), 'utf8')) as Record<string, unknown> };
      });
      fc.assert(
        fc.property(
          fc.nat({ max: metas.length - 1 }),
          fc.constantFrom('title', 'url', 'caveats', 'notes', 'released', 'id', 'licence', '__proto__', 'extra'),
          fc.oneof(fc.anything(), fc.string({ unit: 'grapheme' }), fc.array(fc.string({ unit: 'grapheme' })), EDITS),
          (i, field, value) => {
            const { id, file, json } = metas[i] as (typeof metas)[number];
            const r = validateMeta({ ...json, [field]: value }, file, id);
            expect(r.meta === undefined || r.problems.length === 0).toBe(true);
            expectReadable(r.problems, file);
          },
        ),
        { numRuns: 1500, seed: SEED },
      );
    },
    FUZZ_TIMEOUT,
  );

  it(
    'dedupeIdeas: the real ideas with a mention or tag edited, fails only with WorkshopDataError naming file, row and column',
    () => {
      const parse = (s: DatasetSchema) => parseDataset(readFileSync(join(process.cwd(), s.file)), s, s.file);
      const mentions = parse(catalog.workshopIdeaMentions);
      const tags = parse(catalog.workshopIdeaThemes);
      fc.assert(
        fc.property(fc.nat(), fc.constantFrom('text', 'parent', 'position', 'ideaKey', 'themes'), EDITS, (n, field, insert) => {
          const ms = [...mentions.rows] as Record<string, unknown>[];
          const ts = [...tags.rows] as Record<string, unknown>[];
          const onTags = field === 'ideaKey' || field === 'themes';
          const list = onTags ? ts : ms;
          const i = n % list.length;
          const row = { ...list[i] };
          row[field] = field === 'position' ? n % 7 : `${String(row[field]).slice(0, 10)}${insert}`;
          list[i] = row;
          try {
            dedupeIdeas(ms as never, ts as never, { mentions: mentions.rowNumbers, tags: tags.rowNumbers });
          } catch (e) {
            expect(e).toBeInstanceOf(WorkshopDataError);
            for (const p of (e as WorkshopDataError).problems) {
              expect(p.row).toBeGreaterThanOrEqual(2);
              expect(p.column).toBeTruthy();
              expect(formatProblem(p)).not.toMatch(RAW);
            }
          }
        }),
        { numRuns: 400, seed: SEED },
      );
    },
    FUZZ_TIMEOUT,
  );
});
