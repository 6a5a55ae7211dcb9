import type { TabId } from '../datasets/tabIds';
import { TAB_IDS } from '../datasets/tabIds';

const isTab = (s: string | undefined): s is TabId => (TAB_IDS as readonly string[]).includes(s ?? '');

/**
 * Split a page path into the site's base and the tab: `/evidence/clean-growth/`
 * → { base: '/evidence/', tab: 'clean-growth' }. Any other path is the overview at its folder.
 */
export function splitPath(pathname: string): { base: string; tab: TabId } {
  const parts = pathname.split('/');
  if (parts[parts.length - 1] === '' || parts[parts.length - 1] === 'index.html') parts.pop();
  const last = parts[parts.length - 1];
  if (isTab(last)) return { base: `${parts.slice(0, -1).join('/')}/`, tab: last };
  return { base: `${parts.join('/')}/`.replace(/\/+$/, '/'), tab: 'overview' };
}

/** The address of a tab: the root shows the overview. */
export const pathFor = (base: string, tab: TabId): string => (tab === 'overview' ? base : `${base}${tab}/`);

/** A link from one tab's page to another, relative, so the site works from any sub-path. */
export const relativeHref = (from: TabId, to: TabId): string => {
  const up = from === 'overview' ? './' : '../';
  return to === 'overview' ? up : `${up}${to}/`;
};
