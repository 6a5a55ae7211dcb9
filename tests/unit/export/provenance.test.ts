import { describe, expect, it } from 'vitest';
import type { ProvenanceInput } from '../../../src/export/provenance';
import { provenance } from '../../../src/export/provenance';
import { source } from './support';

const income = source({
  id: 'university-income',
  title: 'University income from business services, 2016/17',
  publisher: 'West of England Local Industrial Strategy evidence base (Cabinet Office Policy Lab, March 2019)',
  url: undefined,
  released: '2019-03',
  vintage: 'Evidence base (2019)',
  licence: 'Figures quoted from a published public-sector evidence document',
  attribution: 'Source: PwC analysis of HESA data, in the West of England LIS evidence base',
  caveats: ['Values as published, rounded to the nearest £10m.'],
  notes: [],
});

const input: ProvenanceInput = {
  title: 'University income from business services',
  subtitle: '£ million, 2016/17',
  finding: 'Bristol earns the most of the four West of England universities.',
  sources: [source(), income],
  url: 'https://example.org/evidence-explorer/#tab=innovation&chart=university-income&areas=woe,E06000023',
  downloadedAt: new Date('2026-11-22T10:15:00Z'),
  view: 'as shown',
  filters: 'Universities: West of England only',
  dataFile: 'west-of-england_university-income_as-shown_2026-11-22.csv',
};

describe('provenance: README.txt', () => {
  const { readme } = provenance(input);

  it('says what the file is and names the data file beside it', () => {
    expect(readme).toMatch(/^Data from the Evidence Explorer/);
    expect(readme.replace(/\r\n/g, ' ')).toContain(
      'west-of-england_university-income_as-shown_2026-11-22.csv holds the data behind one chart',
    );
    expect(readme).toContain('metadata.json');
    expect(readme).toMatch(/apostrophe/);
  });

  it('gives the chart title, subtitle, key finding, view and choices', () => {
    expect(readme).toContain('Title: University income from business services');
    expect(readme).toContain('Subtitle: £ million, 2016/17');
    expect(readme).toContain('Key finding: Bristol earns the most');
    expect(readme).toContain('View: as shown: exactly the rows and columns the chart showed');
    expect(readme).toContain('Choices: Universities: West of England only');
  });

  it('lists each source with publisher, release, vintage, licence, attribution, caveats and notes', () => {
    const flat = readme.replace(/\r\n\s*/g, ' ');
    for (const s of input.sources) {
      expect(flat).toContain(`Publisher: ${s.publisher}`);
      expect(flat).toContain(`Released: ${s.released}`);
      expect(flat).toContain(`Vintage: ${s.vintage}`);
      expect(flat).toContain(`Licence: ${s.licence}`);
      expect(flat).toContain(`Attribution: ${s.attribution}`);
      for (const c of s.caveats) expect(flat).toContain(`- ${c}`);
      for (const n of s.notes) expect(flat).toContain(`- ${n}`);
    }
    expect(readme).toContain(`Web page: ${source().url}`);
    expect(readme).toMatch(/^1\. Regional gross domestic product/m);
    expect(readme).toMatch(/^2\. University income/m);
  });

  it('carries the link to the exact view on a line of its own, and never breaks a URL across lines', () => {
    expect(readme.split('\r\n')).toContain(input.url);
    const citeLines = readme.slice(readme.indexOf('How to cite')).split('\r\n');
    expect(citeLines.some((l) => l.includes(input.url))).toBe(true);
    expect(readme.split('\r\n').filter((l) => l.includes(source().url!))).toHaveLength(1);
  });

  it('gives the download date in ISO and en-GB long form', () => {
    expect(readme).toContain('22 November 2026 (2026-11-22T10:15:00.000Z, UTC)');
  });

  it('says how to cite, naming the view and the data publishers', () => {
    const cite = readme.slice(readme.indexOf('How to cite')).replace(/\r\n/g, ' ');
    expect(cite).toContain('"University income from business services" (as shown)');
    expect(cite).toContain(input.url);
    expect(cite).toContain('Office for National Statistics, Regional gross domestic product');
    expect(cite).toContain('downloaded 22 November 2026');
  });

  it('uses CRLF line endings throughout, and no line but a URL is over 76 characters', () => {
    expect(readme.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(readme.endsWith('\r\n')).toBe(true);
    const long = readme.split('\r\n').filter((l) => Array.from(l).length > 76 && !/https?:\/\//.test(l));
    expect(long).toEqual([]);
  });

  it('says "none" for choices when there are none, and explains the full-dataset view', () => {
    const r = provenance({ ...input, filters: undefined, view: 'full dataset' }).readme;
    expect(r).toContain("Choices: none: the chart's defaults");
    expect(r).toContain("View: full dataset: every row of the chart's source datasets");
  });
});

describe('provenance: metadata.json', () => {
  it('holds the same fields, machine-readable', () => {
    const meta = JSON.parse(provenance(input).json);
    expect(meta).toMatchObject({
      title: input.title,
      subtitle: input.subtitle,
      finding: input.finding,
      view: 'as shown',
      filters: input.filters,
      url: input.url,
      downloadedAt: '2026-11-22T10:15:00.000Z',
      downloadedOn: '22 November 2026',
      dataFile: input.dataFile,
    });
    expect(meta.citation).toContain(input.title);
    expect(meta.sources).toHaveLength(2);
    expect(meta.sources[0]).toEqual({
      ...source(),
      columns: [
        { name: 'year', unit: null, description: 'Calendar year' },
        { name: 'value', unit: '£m', description: 'The measure' },
      ],
    });
    expect(meta.sources[1].url).toBeNull();
  });

  it('writes null, not a missing key, for absent filters and data file', () => {
    const meta = JSON.parse(provenance({ ...input, filters: undefined, dataFile: undefined }).json);
    expect(meta.filters).toBeNull();
    expect(meta.dataFile).toBeNull();
  });

  it('refuses an invalid download date', () => {
    expect(() => provenance({ ...input, downloadedAt: new Date(NaN) })).toThrow(/not a valid date/);
  });
});
