import workshop from 'virtual:workshop';
import { csvPackage } from '../../export/csvPackage';
import { download } from '../../export/download';
import { IDEA_LISTS } from '../../datasets/schemas/workshopLists';
import type { TableData } from '../../series/types';
import type { Idea, WorkshopFilter } from './filterWorkshop';
import { actorLabel, themeLabel } from './filterWorkshop';

/** A list as the write-up heads it ("What can WECA do? 2/5"), never its internal id. */
const listHeading = (id: string): string => IDEA_LISTS.find((l) => l.id === id)?.heading ?? 'Ideas list';

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
      i.places.map((p) => `${listHeading(p.list)}, item ${p.position}`).join('; '),
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
  const sources = Object.values(workshop.sources);
  const pkg = csvPackage({
    table,
    dataset: 'workshop-ideas',
    title: 'Ideas from the workshop',
    subtitle: 'One idea, de-duplicated across the lists it was raised in',
    finding: `${ideas.length} ideas`,
    sources,
    url,
    downloadedAt: new Date(),
    view: 'as shown',
    filters: filters || 'All ideas',
  });
  download(pkg.bytes, pkg.name, 'application/zip');
}
