import { csvPackage } from '../../export/csvPackage';
import { download } from '../../export/download';
import type { TableData } from '../../series/types';
import type { Idea, WorkshopFilter } from './filterWorkshop';
import { actorLabel, themeLabel } from './filterWorkshop';

const SOURCE = {
  id: 'workshop-idea-mentions',
  title: 'Ideas from the Local Industrial Strategy Lab (Policy Lab workshop, 21 March 2019)',
  row: 'One idea, de-duplicated across the lists it was raised in',
  source: 'Cabinet Office Policy Lab, Local Industrial Strategy Lab write-up',
  publisher: 'Cabinet Office Policy Lab for the West of England LEP and Combined Authority',
  released: '2019-03',
  period: '21 March 2019',
  geography: 'West of England',
  vintage: 'Policy Lab workshop write-up (March 2019)',
  licence: 'Text quoted from a published public-sector workshop write-up; the write-up states no licence',
  attribution: 'Source: Cabinet Office Policy Lab, Local Industrial Strategy Lab write-up (March 2019)',
  caveats: ['Text as written in the write-up; typography tidied.', 'Themes are tagged by this project, not by the workshop.'],
  notes: [],
  file: 'data/workshop-idea-mentions.csv',
  rows: 0,
  columns: [],
};

/** The ideas listed, one row each, as the CSV holds them. */
export function ideasTable(ideas: readonly Idea[]): TableData {
  return {
    columns: [
      { key: 'idea', label: 'Idea (as written)' },
      { key: 'mentions', label: 'Times raised' },
      { key: 'actors', label: 'Who can act' },
      { key: 'themes', label: 'Themes (tagged by the project)' },
      { key: 'places', label: 'Where raised' },
    ],
    rows: ideas.map((i) => [
      i.text,
      i.mentions,
      i.actors.map(actorLabel).join('; '),
      i.themes.map(themeLabel).join('; '),
      i.places.map((p) => `${p.list} #${p.position}`).join('; '),
    ]),
  };
}

/** Exactly the ideas listed, with provenance, as a ZIP (CSV + README + metadata). */
export function downloadIdeas(ideas: readonly Idea[], f: WorkshopFilter, url: string): void {
  const table = ideasTable(ideas);
  const filters = [
    f.q && `Search: ${f.q}`,
    f.keyTheme && `Theme: ${themeLabel(f.keyTheme)}`,
    f.actor && `Who can act: ${actorLabel(f.actor)}`,
  ]
    .filter(Boolean)
    .join('; ');
  const pkg = csvPackage({
    table,
    dataset: 'workshop-ideas',
    title: 'Ideas from the workshop',
    subtitle: SOURCE.row,
    finding: `${ideas.length} ideas`,
    sources: [SOURCE],
    url,
    downloadedAt: new Date(),
    view: 'as shown',
    filters: filters || 'All ideas',
  });
  download(pkg.bytes, pkg.name, 'application/zip');
}
