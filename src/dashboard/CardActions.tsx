import { sourceCard } from '../series/chartData';
import { useRef, useState } from 'react';
import { Menu } from './Menu';
import { useActions, useDeck, useTab } from '../state/store';
import type { ChartUnit } from '../units/unit';
import { copyText } from './copyText';
import { useEmbedded } from './embed/embedded';
import { useEmbedCode } from './embed/useEmbedCode';
import { useCardLink } from './useCardLink';

export type ExportKind = 'csv' | 'csvzip' | 'png' | 'svg' | 'png169' | 'svg169';

interface Props {
  readonly spec: ChartUnit;
  /** Carries out an export; loaded on demand so the first view stays lean. */
  readonly onExport: (kind: ExportKind, link: string) => Promise<void>;
  readonly showingTable: boolean;
}

const LABELS: Readonly<Record<ExportKind, string>> = {
  csv: 'Data as shown (.csv)',
  csvzip: 'CSV with provenance (.zip)',
  png: 'Image (PNG)',
  svg: 'Image (SVG)',
  png169: 'PNG for slides (16:9)',
  svg169: 'SVG for slides (16:9)',
};

/** Copy a link to this card, and download its data or picture, each with its provenance. */
export function CardActions({ spec, onExport, showingTable }: Props) {
  const link = useCardLink(spec.id);
  const embedCode = useEmbedCode(spec.id);
  const embedded = useEmbedded();
  const pinned = useDeck().includes(spec.id);
  const { pinToDeck, unpinFromDeck } = useActions();
  const [status, setStatus] = useState('');
  const menu = useRef<HTMLDetailsElement>(null);
  const say = (text: string) => {
    setStatus(text);
    window.setTimeout(() => setStatus((s) => (s === text ? '' : s)), 4000);
  };
  const run = async (kind: ExportKind) => {
    if (menu.current) menu.current.open = false;
    try {
      await onExport(kind, link());
      say(`${LABELS[kind]} downloaded`);
    } catch (e) {
      say(`Download failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const kinds: ExportKind[] = showingTable ? ['csv', 'csvzip'] : ['csv', 'csvzip', 'png', 'svg', 'png169', 'svg169'];
  // Relative to this page, like the tab links, so the site works from any sub-path.
  const tab = useTab();
  const up = embedded ? '../../' : tab === 'overview' ? './' : '../';
  const datasets = spec.sources.map((id) => (
    <li key={id}>
      <a href={`${up}data/${id}.zip`} download>
        {`Full dataset: ${sourceCard(id)?.title ?? id} (ZIP)`}
      </a>
    </li>
  ));
  return (
    <>
      <Menu label={embedded ? 'Link' : 'Share'} className="ee-share">
        {() => (
          <>
            {!embedded && (
              <li>
                <button type="button" aria-pressed={pinned} onClick={() => (pinned ? unpinFromDeck(spec.id) : pinToDeck(spec.id))}>
                  {pinned ? 'In presentation (remove)' : 'Add to presentation'}
                </button>
              </li>
            )}
            <li>
              <button type="button" onClick={async () => say((await copyText(link())) ? 'Link copied' : 'Could not copy the link')}>
                Copy link
              </button>
            </li>
            {!embedded && (
              <li>
                <button
                  type="button"
                  onClick={async () => say((await copyText(embedCode())) ? 'Embed code copied' : 'Could not copy the embed code')}
                  data-embed={spec.id}
                >
                  Embed
                </button>
              </li>
            )}
          </>
        )}
      </Menu>
      <Menu label="Download" className="ee-download" menuRef={menu} links={datasets}>
        {() =>
          kinds.map((k) => (
            <li key={k}>
              <button type="button" onClick={() => void run(k)} data-export={k}>
                {LABELS[k]}
              </button>
            </li>
          ))
        }
      </Menu>
      <span className="ee-status" role="status" aria-live="polite">
        {status}
      </span>
    </>
  );
}
