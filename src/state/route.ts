import type { TabId } from '../datasets/tabIds';
import { TAB_IDS } from '../datasets/tabIds';

const isTab = (s: string | undefined): s is TabId => (TAB_IDS as readonly string[]).includes(s ?? '');

let declaredBase: string | null | undefined;

/**
 * The site's base as the page itself declares it (<meta name="ee-base">,
 * written by the prerender relative to the page), resolved once at start-up,
 * before any in-page navigation. Undefined on the dev server's unrendered shell.
 */
export function pageBase(doc: Document = document): string | undefined {
  if (declaredBase === undefined) {
    const content = doc.querySelector<HTMLMetaElement>('meta[name="ee-base"]')?.content;
    declaredBase = content ? new URL(content, doc.baseURI).pathname.replace(/\/{2,}/g, '/') : null;
  }
  return declaredBase ?? undefined;
}

/**
 * Split a page path into the site's base and the tab: `/evidence/clean-growth/`
 * → { base: '/evidence/', tab: 'clean-growth' }. Any other path is the overview at its folder.
 */
export function splitPath(pathname: string, knownBase?: string): { base: string; tab: TabId } {
  // Static hosts merge repeated slashes; so do we, or "//x/" would read as another host.
  pathname = pathname.replace(/\/{2,}/g, '/');
  if (knownBase !== undefined && pathname.startsWith(knownBase)) {
    const first = pathname.slice(knownBase.length).split('/')[0];
    return { base: knownBase, tab: isTab(first) ? first : 'overview' };
  }
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
