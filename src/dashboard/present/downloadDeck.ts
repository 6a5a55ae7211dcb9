import { sourceCard } from '../../series/chartData';
import { withDefaults } from '../../units/withDefaults';
import { dataOf } from '../useChartView';
import { download } from '../../export/download';
import { exportDate } from '../../export/exportDate';
import { exportFileName } from '../../export/fileName';
import { deckToPptx } from '../../export/pptx';
import type { Choices } from '../../state/store';
import { encodeUrl } from '../../state/url';
import { ALL_RULES } from '../tabs';
import { deckFor } from '../deck';
import { describeChoices } from '../describeChoices';
import { homeTab } from '../homeTab';
import { tabById } from '../tabs';
import { deckNotes } from './deckNotes';
import { renderChartImage } from './renderChartImage';

/*
 * Loaded on demand, when "Download PowerPoint" is pressed: pptxgenjs and the
 * server renderer come with it, never in a tab's first load.
 */

/** The chart pictures: a 16:9 layout at 960 × 540, 2× in the PNG, with slide-sized text. */
const IMAGE = { width: 960, height: 540, theme: 'projector', fontSize: 20 } as const;

/** The deck on screen (pinned charts, or the tab's) as a .pptx download. `site` is the absolute URL of the site's start. */
export async function downloadDeck(choices: Choices, site: string, now = new Date()): Promise<string> {
  const specs = deckFor(choices.tab, choices.deck);
  const custom = choices.deck.length > 0;
  const title = custom ? 'West of England evidence: selected charts' : `West of England evidence: ${tabById(choices.tab).heading}`;
  const plain = { ...choices, theme: 'auto', present: false, slide: 1 } as const;
  const deckUrl = new URL(encodeUrl('', { ...plain, present: true, slide: 1 }, ALL_RULES), site).href;
  const slides = [];
  for (const spec of specs) {
    const chosen = withDefaults(spec, choices.charts[spec.id]);
    const view = spec.view(dataOf(spec), chosen);
    const sources = spec.sources.map((id) => sourceCard(id)).filter((s) => s !== undefined);
    const url = `${new URL(encodeUrl('', { ...plain, tab: homeTab(spec.id) }, ALL_RULES), site).href}#${spec.id}`;
    const image = await renderChartImage(spec.id, chosen, IMAGE);
    const ogl = sources.some((s) => s.licence === 'Open Government Licence v3.0');
    slides.push({
      title: view.finding,
      subtitle: `${spec.title}. ${spec.subtitle}`,
      sourceLine: `Source: ${sources.map((s) => `${s.source} (${s.vintage})`).join('; ')}.${ogl ? ' Contains public sector information licensed under the Open Government Licence v3.0.' : ''}`,
      image,
      notes: deckNotes({
        title: spec.title,
        subtitle: spec.subtitle,
        finding: view.finding,
        filters: describeChoices(spec, chosen),
        sources,
        notes: [...(spec.notes ?? []), ...(view.viewNotes ?? [])],
        url,
      }),
    });
  }
  const bytes = await deckToPptx({ title, date: exportDate(now).long, deckUrl, slides });
  const name = exportFileName({ dataset: custom ? 'presentation' : choices.tab, view: 'slides', date: now, ext: 'pptx' });
  download(bytes, name, 'application/vnd.openxmlformats-officedocument.presentationml.presentation');
  return name;
}
