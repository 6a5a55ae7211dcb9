import { useCallback } from 'react';
import { pageBase, splitPath } from '../../state/route';
import { useChoicesSnapshot } from '../../state/store';
import { specById } from '../deck';
import { embedSnippet } from './embedSnippet';
import { embedPath } from './embedUrl';

/** A function giving the <iframe> snippet that embeds one card with its current choices. */
export function useEmbedCode(chartId: string): () => string {
  const snapshot = useChoicesSnapshot();
  return useCallback(() => {
    const spec = specById(chartId);
    if (!spec) return '';
    const site = new URL(splitPath(window.location.pathname, pageBase()).base, window.location.origin).href;
    // The card as it is now, less its filters (the embed shows none).
    const card = document.getElementById(chartId);
    const controls = card?.querySelector('.ee-controls');
    const height = card ? card.getBoundingClientRect().height - (controls?.getBoundingClientRect().height ?? 0) : undefined;
    return embedSnippet(spec, new URL(embedPath(chartId, snapshot()), site).href, height);
  }, [snapshot, chartId]);
}
