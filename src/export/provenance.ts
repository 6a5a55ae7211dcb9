import type { SourceCard } from '../series/buildEvidence';
import { exportDate } from './exportDate';
import { wrapText } from './wrapText';

/**
 * Where downloaded figures came from, written beside them: README.txt for
 * people, metadata.json with the same fields for scripts. A CSV on its own
 * loses its title, units' context, licence and caveats the moment it leaves
 * the page; these travel with it.
 */

/** "as shown": the rows and columns on screen; "full dataset": every row of the sources. */
export type ExportView = 'as shown' | 'full dataset';

export interface ProvenanceInput {
  readonly title: string;
  readonly subtitle: string;
  readonly finding: string;
  readonly sources: readonly SourceCard[];
  /** Link that reopens exactly this view (tab, chart and choices). */
  readonly url: string;
  readonly downloadedAt: Date;
  readonly view: ExportView;
  /** The chart's choices in words, e.g. "Areas: Bristol, Bath and North East Somerset; years 2010 to 2019". */
  readonly filters?: string;
  /** The data file the README sits beside, named in its first lines. */
  readonly dataFile?: string;
}

export interface Provenance {
  /** Plain text, CRLF line endings (Notepad on older Windows shows LF files as one line), wrapped to 76 columns. */
  readonly readme: string;
  readonly json: string;
}

const WIDTH = 76;
const NAME = 'Evidence Explorer (West of England Local Industrial Strategy evidence base)';

const TITLE = 'Data from the Evidence Explorer: West of England LIS evidence base';

const VIEW_MEANS: Readonly<Record<ExportView, string>> = {
  'as shown': 'as shown: exactly the rows and columns the chart showed, with the choices listed below.',
  'full dataset': "full dataset: every row of the chart's source datasets, whatever the chart's choices.",
};

/** Cite the view, then the data's own publishers: the licences ask for their attribution, not ours. */
function citation(p: ProvenanceInput, long: string): string {
  const data = p.sources.map((s) => `${s.publisher}, ${s.title} (${s.released})`).join('; ');
  return `${NAME}, "${p.title}" (${p.view}). ${p.url} (downloaded ${long}).${data ? ` Data: ${data}.` : ''}`;
}

// Long words are never cut here: a URL or file name split across lines no longer works.

/** A wrapped "Label: value" with continuation lines indented under it. */
function field(label: string, value: string, indent = 0): string[] {
  const pad = ' '.repeat(indent);
  return wrapText(`${label}: ${value}`, WIDTH - indent - 2, false).map((l, i) => (i === 0 ? pad : `${pad}  `) + l);
}

function para(text: string, indent = 0, bullet = ''): string[] {
  const pad = ' '.repeat(indent);
  const cont = ' '.repeat(indent + bullet.length);
  return wrapText(text, WIDTH - indent - bullet.length, false).map((l, i) => (i === 0 ? pad + bullet : cont) + l);
}

const heading = (text: string): string[] => ['', text, '-'.repeat(text.length)];

function readmeText(p: ProvenanceInput, when: { iso: string; long: string }): string {
  const what = p.dataFile ? `${p.dataFile} holds` : 'This download holds';
  const lines: string[] = [
    TITLE,
    '='.repeat(TITLE.length),
    ...heading('What this is'),
    ...para(
      `${what} the data behind one chart of the Evidence Explorer, an open dashboard of the West of England Local Industrial Strategy evidence base. metadata.json holds the same information as this file, for scripts.`,
    ),
  ];
  if (p.dataFile?.toLowerCase().endsWith('.csv')) {
    lines.push(
      '',
      ...para(
        'In the CSV, numbers are written in full, unrounded and without thousands separators; units are in brackets in the column names; an empty cell means no value. Text that begins with = + - or @ starts with an apostrophe so that spreadsheets show it rather than run it as a formula.',
      ),
    );
  }
  lines.push(
    ...heading('Chart'),
    ...field('Title', p.title),
    ...field('Subtitle', p.subtitle),
    ...field('Key finding', p.finding),
    ...field('View', VIEW_MEANS[p.view]),
    ...field('Choices', p.filters?.trim() || "none: the chart's defaults"),
    ...heading('Link to this exact view'),
    // Never wrapped: a URL cut across lines no longer opens.
    p.url,
    ...heading('Downloaded'),
    `${when.long} (${when.iso}, UTC)`,
    ...heading('Sources'),
  );
  if (p.sources.length === 0) lines.push('None recorded.');
  p.sources.forEach((s, i) => {
    if (i > 0) lines.push('');
    lines.push(...para(s.title, 0, `${i + 1}. `));
    const ind = `${i + 1}. `.length;
    lines.push(
      ...field('Source', s.source, ind),
      ...field('Publisher', s.publisher, ind),
      ...field('Released', s.released, ind),
      ...field('Period', s.period, ind),
      ...field('Geography', s.geography, ind),
      ...field('Vintage', s.vintage, ind),
      ...field('Licence', s.licence, ind),
      ...field('Attribution', s.attribution, ind),
    );
    if (s.url) lines.push(`${' '.repeat(ind)}Web page: ${s.url}`);
    if (s.caveats.length) lines.push(`${' '.repeat(ind)}Caveats:`, ...s.caveats.flatMap((c) => para(c, ind, '- ')));
    if (s.notes.length) lines.push(`${' '.repeat(ind)}Notes:`, ...s.notes.flatMap((n) => para(n, ind, '- ')));
  });
  lines.push(
    ...heading('How to cite'),
    ...para(citation(p, when.long)),
    '',
    ...para("When you re-use the figures, keep each source's attribution line (above) with them, as its licence requires."),
  );
  return lines.map((l) => l.trimEnd()).join('\r\n') + '\r\n';
}

/** README.txt and metadata.json for one export. */
export function provenance(p: ProvenanceInput): Provenance {
  const when = exportDate(p.downloadedAt);
  const meta = {
    format: 'Evidence Explorer export metadata, version 1',
    title: p.title,
    subtitle: p.subtitle,
    finding: p.finding,
    view: p.view,
    filters: p.filters ?? null,
    url: p.url,
    downloadedAt: when.iso,
    downloadedOn: when.long,
    dataFile: p.dataFile ?? null,
    // Named fields, in a fixed order: the file's shape does not depend on what else a SourceCard carries.
    sources: p.sources.map((s) => ({
      id: s.id,
      title: s.title,
      row: s.row,
      source: s.source,
      publisher: s.publisher,
      url: s.url ?? null,
      released: s.released,
      period: s.period,
      geography: s.geography,
      vintage: s.vintage,
      licence: s.licence,
      attribution: s.attribution,
      caveats: s.caveats,
      notes: s.notes,
      file: s.file,
      rows: s.rows,
      columns: s.columns.map((c) => ({ name: c.name, unit: c.unit ?? null, description: c.description })),
    })),
    citation: citation(p, when.long),
  };
  return { readme: readmeText(p, when), json: JSON.stringify(meta, null, 2) + '\n' };
}
