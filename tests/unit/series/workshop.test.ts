import { formatProblem } from '../../../src/datasets/dataProblem';
import { describe, expect, it } from 'vitest';
import type { LoadedDatasets } from '../../../src/datasets/loadCatalog';
import { loadCatalog } from '../../../src/datasets/loadCatalog';
import { buildEvidence } from '../../../src/series/buildEvidence';
import type { IdeaMention, IdeaThemeTag } from '../../../src/series/dedupeIdeas';
import { dedupeIdeas, WorkshopDataError } from '../../../src/series/dedupeIdeas';
import { normaliseIdea } from '../../../src/series/normaliseIdea';
import { buildWorkshop } from '../../../src/series/workshop';

const loaded = loadCatalog(process.cwd());
if (!loaded.datasets) throw new Error(`the real data does not load: ${JSON.stringify(loaded.problems)}`);
const datasets: LoadedDatasets = loaded.datasets;
const mentions = datasets.workshopIdeaMentions.rows;
const tags = datasets.workshopIdeaThemes.rows;
const workshop = buildWorkshop(datasets);
const ideas = workshop.ideas;

const mention = (list: IdeaMention['list'], position: number, text: string, parent = ''): IdeaMention => {
  const actor = list.startsWith('ideas')
    ? 'across-the-themes'
    : list.startsWith('individuals')
      ? 'individuals'
      : list.startsWith('organisations')
        ? 'organisations-and-businesses'
        : 'combined-authority';
  return { mentionId: `${list}-${position}`, list, actor, position, text, parent };
};
const tag = (ideaKey: string, themes: string, rationale = 'test'): IdeaThemeTag => ({ ideaKey, themes, assignedBy: 'project', rationale });

describe('normaliseIdea: what counts as the same idea', () => {
  it('ignores case, spacing and a trailing full stop, semicolon or colon', () => {
    expect(normaliseIdea('  Trial universal   basic income. ')).toBe('trial universal basic income');
    expect(normaliseIdea('Leadership;')).toBe(normaliseIdea('leadership:'));
    expect(normaliseIdea('Lead in best practice')).toBe(normaliseIdea('Lead in best practice.'));
  });

  it('ignores punctuation inside the text: a comma, a full stop against a comma', () => {
    expect(normaliseIdea('Create a forum to bring actors together to share learn, and multiply impact')).toBe(
      normaliseIdea('Create a forum to bring actors together to share learn and multiply impact'),
    );
    expect(normaliseIdea('Adopt an inclusive growth charter. Led by evidence from LEP and CA.')).toBe(
      normaliseIdea('Adopt an inclusive growth charter, led by evidence from LEP and CA.'),
    );
    expect(normaliseIdea('work/life balance')).toBe(normaliseIdea('work / life balance'));
  });

  it('treats straight and curly quotes and apostrophes alike, wherever the apostrophe stands', () => {
    expect(normaliseIdea('Incentivise ‘good’ transport choices')).toBe(normaliseIdea("Incentivise 'good' transport choices"));
    expect(normaliseIdea('Have a “learner in every office”')).toBe(normaliseIdea('Have a "learner in every office"'));
    expect(normaliseIdea("Empower student's thinking.")).toBe(normaliseIdea("Empower students' thinking."));
  });

  it('applies Unicode NFKC (a non-breaking space, a ligature)', () => {
    expect(normaliseIdea('Create\u00a0space')).toBe('create space');
    expect(normaliseIdea('\ufb01nd out')).toBe('find out');
  });

  it('keeps every word: merely similar ideas stay apart', () => {
    expect(normaliseIdea('Innovation Nexus.')).not.toBe(normaliseIdea('Create Innovation Nexus.'));
    expect(normaliseIdea('WECA to develop a plan for a workplace parking charge')).not.toBe(
      normaliseIdea('Develop plan for workplace parking charge'),
    );
    expect(normaliseIdea('Amplifier individual > cultural grouping')).not.toBe(
      normaliseIdea('Amplifier across individuals > cultural groupings'),
    );
  });

  it('keeps symbols that are not punctuation', () => {
    expect(normaliseIdea('individuals > cultural groupings')).toBe('individuals > cultural groupings');
  });
});

describe('dedupeIdeas on small cases', () => {
  const ms = [
    mention('ideas-1', 1, 'Provide scale up funding scheme.'),
    mention('ideas-1', 2, 'Trial universal basic income.'),
    mention('ideas-1', 3, 'Provide scale up funding scheme.'),
    mention('weca-4', 1, 'provide scale-up funding scheme'),
  ];
  const ts = [
    tag('provide scale up funding scheme', 'fostering-innovation;environment-for-growth'),
    tag('trial universal basic income', ''),
  ];

  it('merges mentions with the same key, keeping the first text, every place, the count and the actors', () => {
    const out = dedupeIdeas(ms, ts);
    expect(out).toHaveLength(2);
    const scale = out[0]!;
    expect(scale.key).toBe('provide scale up funding scheme');
    expect(scale.text).toBe('Provide scale up funding scheme.');
    expect(scale.mentions).toBe(3);
    expect(scale.places.map((p) => [p.mentionId, p.list, p.actor, p.position])).toEqual([
      ['ideas-1-1', 'ideas-1', 'across-the-themes', 1],
      ['ideas-1-3', 'ideas-1', 'across-the-themes', 3],
      ['weca-4-1', 'weca-4', 'combined-authority', 1],
    ]);
    expect(scale.places[2]!.text).toBe('provide scale-up funding scheme');
    expect(scale.actors).toEqual(['across-the-themes', 'combined-authority']);
    // Themes come back in the order of the four key themes, marked as the project's.
    expect(scale.themes).toEqual(['environment-for-growth', 'fostering-innovation']);
    expect(scale.themesAssignedBy).toBe('project');
    expect(out[1]!.themes).toEqual([]);
  });

  it('orders ideas by their first mention in the order of the write-up, whatever the row order', () => {
    expect(dedupeIdeas([...ms].reverse(), ts).map((i) => i.key)).toEqual([
      'provide scale up funding scheme',
      'trial universal basic income',
    ]);
  });

  it('throws naming the file, row and column of the mention when an idea has no theme row', () => {
    expect(() => dedupeIdeas(ms, ts.slice(0, 1))).toThrow(WorkshopDataError);
    expect(() => dedupeIdeas(ms, ts.slice(0, 1))).toThrow(
      'data/workshop-idea-mentions.csv, row 3, column "text": expected an idea with a row in data/workshop-idea-themes.csv (idea_key "trial universal basic income"); found "Trial universal basic income.", which has no row there',
    );
  });

  it('throws naming the file, row and column when a theme row matches no idea', () => {
    expect(() => dedupeIdeas(ms, [...ts, tag('fund research', 'fostering-innovation')])).toThrow(
      'data/workshop-idea-themes.csv, row 4, column "idea_key": expected the key of an idea in data/workshop-idea-mentions.csv; found "fund research", which matches no idea\'s text there',
    );
  });

  it('names the rows parseDataset counted, and shows invisible characters and line breaks in the data escaped', () => {
    const odd = [...ms.slice(0, 3), mention('weca-4', 1, 'Provide \u202Escale-up\nfunding')];
    let problems: readonly string[] = [];
    try {
      dedupeIdeas(odd, ts, { mentions: [2, 3, 5, 9], tags: [2, 3] });
    } catch (e) {
      problems = (e as WorkshopDataError).problems.map(formatProblem);
    }
    expect(problems).toEqual([
      'data/workshop-idea-mentions.csv, row 9, column "text": expected an idea with a row in data/workshop-idea-themes.csv (idea_key "provide \\u202escale up funding"); found "Provide \\u202escale-up\\u000afunding", which has no row there',
    ]);
  });

  it('throws on a repeated theme, an actor that is not the list’s, a repeated position, a bad parent and a text without words', () => {
    const bad = [
      { ...mention('weca-1', 1, 'Fund research.'), actor: 'individuals' as const },
      mention('weca-1', 2, 'Planning.'),
      { ...mention('weca-1', 2, 'Prioritisation.'), mentionId: 'weca-1-2b' },
      mention('weca-1', 3, 'Drive.', 'weca-1-9'),
      mention('weca-1', 4, '…'),
    ];
    const badTags = [
      tag('fund research', 'fostering-innovation;fostering-innovation'),
      tag('planning', ''),
      tag('prioritisation', ''),
      tag('drive', ''),
    ];
    let message = '';
    try {
      dedupeIdeas(bad, badTags);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('Bad workshop data: 5 problems');
    expect(message).toContain(
      'data/workshop-idea-mentions.csv, row 2, column "actor": expected combined-authority, the actor of the list weca-1; found "individuals"',
    );
    expect(message).toContain(
      'data/workshop-idea-mentions.csv, row 4, column "position": expected a position not yet used in the list weca-1; found 2, already the position of weca-1-2 (row 3)',
    );
    expect(message).toContain(
      'data/workshop-idea-mentions.csv, row 5, column "parent": expected an earlier top-level mention of the list weca-1, or nothing; found "weca-1-9"',
    );
    expect(message).toContain('data/workshop-idea-mentions.csv, row 6, column "text": expected an idea with at least one word; found "…"');
    expect(message).toContain(
      'data/workshop-idea-themes.csv, row 2, column "themes": expected each key theme once; found "fostering-innovation;fostering-innovation"',
    );
  });
});

describe('the workshop ideas from the real data', () => {
  const byText = (text: string) => ideas.find((i) => i.key === normaliseIdea(text));

  it('merges "Provide scale up funding scheme and close market gap for premises" into one idea raised three times', () => {
    const scale = ideas.filter((i) => i.text.startsWith('Provide scale up funding scheme'));
    expect(scale).toHaveLength(1);
    expect(scale[0]!.mentions).toBeGreaterThanOrEqual(3);
    expect(scale[0]!.places.map((p) => p.list)).toEqual(['ideas-1', 'ideas-1', 'weca-4']);
  });

  it('gives no two ideas the same key', () => {
    expect(new Set(ideas.map((i) => i.key)).size).toBe(ideas.length);
  });

  it('maps every mention to exactly one idea', () => {
    const placed = ideas.flatMap((i) => i.places.map((p) => p.mentionId));
    expect(placed).toHaveLength(mentions.length);
    expect([...placed].sort()).toEqual(mentions.map((m) => m.mentionId).sort());
    for (const i of ideas) {
      expect(i.mentions).toBe(i.places.length);
      for (const p of i.places) expect(normaliseIdea(p.text)).toBe(i.key);
    }
  });

  it('finds 160 mentions and 139 ideas; 20 ideas are raised more than once', () => {
    expect(mentions).toHaveLength(160);
    expect(ideas).toHaveLength(139);
    expect(ideas.filter((i) => i.mentions > 1)).toHaveLength(20);
    expect(ideas.reduce((s, i) => s + i.mentions, 0)).toBe(160);
  });

  it('merges across actors and across wording that differs only in punctuation, case and apostrophes', () => {
    expect(byText('Leadership.')?.actors).toEqual(['organisations-and-businesses', 'combined-authority']);
    expect(
      byText('Create a forum to bring actors together to share learn and multiply impact regularly and openly share insights and outcomes.')
        ?.mentions,
    ).toBe(2);
    expect(byText('Adopt an inclusive growth charter, led by evidence from LEP and CA.')?.text).toBe(
      'Adopt an inclusive growth charter. Led by evidence from LEP and CA.',
    );
    expect(byText("Empower students' thinking.")?.places.map((p) => p.text)).toEqual([
      "Empower student's thinking.",
      "Empower students' thinking.",
    ]);
  });

  it('keeps merely similar ideas apart', () => {
    expect(byText('Innovation Nexus.')?.mentions).toBe(1);
    expect(byText('Create Innovation Nexus.')?.mentions).toBe(1);
    expect(byText("Two tier innovation strategy. Flexible spaces - agile and adapt Not signature 'white elephants'")?.mentions).toBe(1);
    expect(byText('Two tier innovation strategy.')?.mentions).toBe(1);
    expect(byText("Have a 'learner in every office' providing insights and finding out / reshaping 'how we do it here'")?.mentions).toBe(1);
  });

  it('de-duplicates ideas among ideas only: the matching infrastructure challenge stays a challenge', () => {
    const ev = byText(
      'Invest in electric vehicle infrastructure including urban air mobility as a first step towards autonomous electric flying vehicles',
    );
    expect(ev?.mentions).toBe(2);
    expect(ev?.places.map((p) => p.list)).toEqual(['ideas-1', 'weca-2']);
    expect(workshop.challenges.map((c) => c.text)).toContain('Invest in electric vehicle infrastructure including urban air mobility?');
  });

  it('gives every idea its theme row, marked as the project’s', () => {
    expect(tags).toHaveLength(ideas.length);
    for (const i of ideas) {
      expect(i.themesAssignedBy).toBe('project');
      expect(i.themesRationale).not.toBe('');
    }
  });

  it('throws naming the key when the real theme row of an idea is missing', () => {
    const key = normaliseIdea('Provide scale up funding scheme and close market gap for premises.');
    const without = tags.filter((t) => t.ideaKey !== key);
    expect(without).toHaveLength(tags.length - 1);
    expect(() => dedupeIdeas(mentions, without)).toThrow(`an idea with a row in data/workshop-idea-themes.csv (idea_key "${key}")`);
    expect(() => buildWorkshop({ ...datasets, workshopIdeaThemes: { ...datasets.workshopIdeaThemes, rows: without } })).toThrow(key);
  });

  it('is in the evidence the browser receives', () => {
    const evidence = buildEvidence(datasets);
    expect(evidence.workshop.ideas).toHaveLength(139);
    expect(evidence.workshop.themes).toHaveLength(7);
    expect(evidence.workshop.challenges).toHaveLength(38);
    expect(evidence.workshop.grid).toHaveLength(28);
    expect(JSON.parse(JSON.stringify(evidence.workshop))).toEqual(evidence.workshop);
  });
});
