import { describe, expect, it } from 'vitest';
import type { LoadedDatasets } from '../../../src/datasets/loadCatalog';
import { loadCatalog } from '../../../src/datasets/loadCatalog';
import { GRID_ROLES, GRID_STAGES, IDEA_LISTS, KEY_THEME_IDS } from '../../../src/datasets/schemas/workshopLists';
import { buildWorkshop } from '../../../src/series/workshop';

/**
 * The workshop data against the Policy Lab write-up (March 2019): the counts
 * and phrases below are read off the write-up by hand.
 */
const loaded = loadCatalog(process.cwd());
if (!loaded.datasets) throw new Error(`the real data does not load: ${JSON.stringify(loaded.problems)}`);
const d: LoadedDatasets = loaded.datasets;
const workshop = buildWorkshop(d);
const mentionTexts = d.workshopIdeaMentions.rows.map((m) => m.text);

describe('emerging themes', () => {
  it('are the seven of the write-up, in its order, with titles as bolded', () => {
    expect(workshop.themes.map((t) => t.title)).toEqual([
      'Branding matters',
      'Have a learner in every office',
      'Bring people together',
      'Invest in future transport infrastructure',
      'Create a focus for innovation effort',
      'Be inclusive',
      'Be more risk taking',
    ]);
    expect(workshop.themes.map((t) => t.position)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('keep their descriptions as written', () => {
    const desc = Object.fromEntries(workshop.themes.map((t) => [t.title, t.description]));
    expect(desc['Branding matters']).toBe('Build a world-class brand as an umbrella for all activity.');
    expect(desc['Bring people together']).toBe('through community hubs and co-creation.');
    expect(desc['Be inclusive']).toBe(
      'Join up efforts to demonstrate what inclusive prosperity and growth means in practice in the 21st Century.',
    );
  });
});

describe('challenges', () => {
  it('number exactly as in the write-up: 8, 11, 11 and 8', () => {
    const count = (theme: string) => workshop.challenges.filter((c) => c.theme === theme).length;
    expect(count('inclusive-growth')).toBe(8);
    expect(count('environment-for-growth')).toBe(11);
    expect(count('fostering-innovation')).toBe(11);
    expect(count('investing-in-infrastructure')).toBe(8);
  });

  it('are numbered 1 to n within each theme', () => {
    for (const theme of KEY_THEME_IDS) {
      const positions = workshop.challenges.filter((c) => c.theme === theme).map((c) => c.position);
      expect(positions).toEqual(positions.map((_, i) => i + 1));
    }
  });

  it('keep both forms of the innovation brand challenge, as written', () => {
    const brand = workshop.challenges.filter((c) => c.text.startsWith('Create an innovation brand that provides strong leadership.'));
    expect(brand.map((c) => [c.theme, c.position])).toEqual([
      ['fostering-innovation', 8],
      ['fostering-innovation', 10],
    ]);
    expect(brand[0]!.text.endsWith('at scale and pace?')).toBe(true);
    expect(brand[1]!.text.endsWith('Builds links nationally and internationally for inward investment.')).toBe(true);
  });

  it('hold phrases of each list verbatim, punctuation included', () => {
    const texts = workshop.challenges.map((c) => c.text);
    expect(texts).toContain("Create a diverse 'education' system that enables everyone to take advantage – young and old?");
    expect(texts).toContain('Take good risks!');
    expect(texts).toContain("Dignity – into communities, join network 'connectors'");
    expect(texts).toContain('Enable creativity to flourish.');
    expect(texts).toContain('Live, and work, and collaborate.');
  });
});

describe('idea mentions', () => {
  it('come from every list of the write-up, with the number of items each prints', () => {
    const perList = Object.fromEntries(IDEA_LISTS.map((l) => [l.id, d.workshopIdeaMentions.rows.filter((m) => m.list === l.id).length]));
    expect(perList).toEqual({
      'ideas-1': 12,
      'ideas-2': 13,
      'individuals-1': 10,
      'individuals-2': 12,
      'individuals-3': 10,
      'individuals-4': 10,
      'organisations-1': 9,
      'organisations-2': 7,
      'organisations-3': 9,
      'organisations-4': 12,
      'organisations-5': 9,
      'weca-1': 9,
      'weca-2': 7,
      'lep-weca': 2,
      'weca-3': 8,
      'weca-4': 10,
      'weca-5': 11,
    });
  });

  it('carry the actor of their list', () => {
    const actor = new Map<string, string>(IDEA_LISTS.map((l) => [l.id, l.actor]));
    for (const m of d.workshopIdeaMentions.rows) expect(m.actor).toBe(actor.get(m.list));
  });

  it('nest the four bullets under "Employment pathways:" and nothing else', () => {
    const nested = d.workshopIdeaMentions.rows.filter((m) => m.parent !== '');
    expect(nested.map((m) => m.mentionId)).toEqual(['individuals-1-4', 'individuals-1-5', 'individuals-1-6', 'individuals-1-7']);
    const parent = d.workshopIdeaMentions.rows.find((m) => m.mentionId === 'individuals-1-3');
    expect(parent?.text).toBe('Employment pathways:');
    expect(new Set(nested.map((m) => m.parent))).toEqual(new Set(['individuals-1-3']));
  });

  it('hold phrases of each list verbatim', () => {
    for (const phrase of [
      'Trial universal basic income.',
      "Have a 'learner in every office' providing insights and finding out / reshaping 'how we do it here'",
      'Smart city to keep logistics moving.',
      'Lead in best practice',
      'Be open to new ideas / insights:',
      'Create an area-wide framework and allow local shaping and delivery -> lead to cumulative impacts',
      'Local people become champions – asset based community start up processes',
      'Ride bikes and use public transport.',
      'Values higher priority.',
      'Incentivise ‘good’ transport choices [versus personal car] passes included in jobs (travel poverty) remuneration.',
      '% local employment with factor on deprived areas (reward mechanism).',
      'Growth Cluster including: business, investment, national strategy and local government.',
      'Increase the intelligence of workplace in school education (by listening to 12 year olds)',
      'funding required',
      'Creating the conditions for inclusive growth.',
      "Not signature 'white elephants'.",
      'Of priorities.',
      'WECA to act as the light house on an international stage.',
    ])
      expect(mentionTexts).toContain(phrase);
  });

  it('are the raw transcription: the scale-up idea stands twice in ideas-1 and once in What can WECA do? 4/5', () => {
    const scale = d.workshopIdeaMentions.rows.filter(
      (m) => m.text === 'Provide scale up funding scheme and close market gap for premises.',
    );
    expect(scale.map((m) => m.mentionId)).toEqual(['ideas-1-7', 'ideas-1-10', 'weca-4-2']);
  });
});

describe('theme tags', () => {
  it("are assigned_by 'project' on every row, with a rationale", () => {
    expect(d.workshopIdeaThemes.rows.length).toBeGreaterThan(0);
    for (const t of d.workshopIdeaThemes.rows) {
      expect(t.assignedBy).toBe('project');
      expect(t.rationale.length).toBeGreaterThan(3);
    }
  });

  it('use only the four key themes, each at most once per idea', () => {
    for (const t of d.workshopIdeaThemes.rows) {
      const themes = t.themes === '' ? [] : t.themes.split(';');
      expect(new Set(themes).size).toBe(themes.length);
      for (const th of themes) expect(KEY_THEME_IDS).toContain(th);
    }
  });

  it('say in the metadata that they are the project’s judgement', () => {
    expect(loaded.datasets?.workshopIdeaThemes.meta.caveats.join(' ')).toContain("the project's judgement");
  });
});

describe('styles of government action grid', () => {
  it('has 28 cells, every role × stage once', () => {
    expect(workshop.grid).toHaveLength(28);
    const cells = new Set(workshop.grid.map((g) => `${g.role}/${g.stage}`));
    expect(cells.size).toBe(28);
    for (const r of GRID_ROLES) for (const s of GRID_STAGES) expect(cells.has(`${r}/${s}`)).toBe(true);
  });

  it('comes out row by row, left to right', () => {
    expect(workshop.grid.slice(0, 4).map((g) => g.name)).toEqual(['Champion', 'Convening power', 'Connecting networks', 'Co-producing']);
    expect(workshop.grid.slice(24).map((g) => g.name)).toEqual([
      'Green papers',
      'White papers & draft bills',
      'Primary and Secondary Legislation',
      'Amend rules',
    ]);
  });

  it('keeps names, descriptions and role descriptions as written', () => {
    const cell = (role: string, stage: string) => workshop.grid.find((g) => g.role === role && g.stage === stage);
    expect(cell('collaborator', 'early-stage')).toMatchObject({
      roleLabel: 'Collaborator',
      roleDescription: 'Working with others to build evidence and develop ideas',
      stageLabel: 'Early stage',
      name: 'Champion',
      description: 'Build a case for change and retain alliances for action.',
    });
    expect(cell('provider', 'developing')?.description).toBe("'Nudging' behaviour so that the default is both attractive and easy.");
    expect(cell('customer', 'early-stage')?.roleDescription).toBe('Buying goods and commission services');
    expect(cell('legislator', 'developing')?.description).toBe(
      'Statutory Instruments: rules, orders, created by delegated authorities (e.g. Secretary of State).',
    );
    const descriptions = new Set(workshop.grid.map((g) => `${g.role}: ${g.roleDescription}`));
    expect(descriptions.size).toBe(7);
  });
});
