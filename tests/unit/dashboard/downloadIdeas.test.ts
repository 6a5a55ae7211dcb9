import Papa from 'papaparse';
import workshop from 'virtual:workshop';
import { describe, expect, it } from 'vitest';
import { IDEA_ACTOR_IDS, IDEA_LISTS, KEY_THEMES } from '../../../src/datasets/schemas/workshopLists';
import { ideasTable } from '../../../src/dashboard/workshop/downloadIdeas';
import { toCsv } from '../../../src/export/toCsv';

/** The ideas export as a reader opens it: header and rows of the CSV. */
const csv = () => Papa.parse<string[]>(toCsv(ideasTable(workshop.ideas)).trim(), { skipEmptyLines: true }).data;

describe('the workshop ideas export', () => {
  it('has readable columns only: the text, mentions, actors, themes and where raised', () => {
    const [header = []] = csv();
    expect(header).toEqual(['Idea (as written)', 'Times raised', 'Who can act', 'Themes (tagged by the project)', 'Where raised']);
  });

  it('holds no internal id or key in any cell (list, actor and theme ids)', () => {
    const rows = csv().slice(1);
    expect(rows).toHaveLength(workshop.ideas.length);
    const ids = [...IDEA_LISTS.map((l) => l.id), ...IDEA_ACTOR_IDS, ...KEY_THEMES.map((t) => t.id)];
    for (const row of rows) {
      const [, , actors = '', themes = '', places = ''] = row;
      for (const cell of [actors, themes, ...places.split('; ')]) {
        for (const id of ids) expect(cell.split(/[;,]\s*/), `${id} in "${cell}"`).not.toContain(id);
        expect(cell).not.toMatch(/^(ideas|individuals|organisations|weca|lep-weca)-?\d* #\d+$/);
      }
    }
  });

  it('names each place by the list heading as the write-up prints it, with the item number', () => {
    const rows = csv().slice(1);
    const idea = workshop.ideas.findIndex((i) => i.places.some((p) => p.list === 'weca-2'));
    expect(idea).toBeGreaterThanOrEqual(0);
    expect(rows[idea]?.[4]).toMatch(/What can WECA do\? 2\/5, item \d+/);
    expect(rows[idea]?.[0]).toBe(workshop.ideas[idea]?.text);
  });
});
