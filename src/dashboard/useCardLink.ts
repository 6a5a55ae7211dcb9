import { useCallback } from 'react';
import { pageBase, splitPath } from '../state/route';
import { encodeUrl } from '../state/url';
import { useChoicesSnapshot } from '../state/store';
import { ALL_RULES } from './tabs';

/** A function giving the absolute link to one card with every current choice: <url>#<chart-id>. */
export function useCardLink(chartId: string): () => string {
  const snapshot = useChoicesSnapshot();
  return useCallback(() => {
    const { origin, pathname } = window.location;
    return `${origin}${encodeUrl(splitPath(pathname, pageBase()).base, snapshot(), ALL_RULES)}#${chartId}`;
  }, [snapshot, chartId]);
}
