import type { ChartRules } from '../units/rules';
import { decodeUrl, encodeUrl } from './url';

/** A fragment the page can use: a card's id ("#economy"). Anything else is dropped. */
const SAFE_HASH = /^#[A-Za-z0-9_-]{1,80}$/;

/**
 * The canonical address of what a link shows: its choices as encodeUrl writes
 * them (known parameters only, defaults dropped, lists in order, repeated
 * slashes merged) and the fragment only if it can name a card. A hostile or
 * damaged link is replaced by this at load, so what the address bar says is
 * what the page shows, and copying it passes on nothing else.
 */
export function canonicalUrl(
  loc: { readonly pathname: string; readonly search: string; readonly hash: string },
  rules: readonly ChartRules[],
  base: string,
): string {
  const hash = SAFE_HASH.test(loc.hash) ? loc.hash : '';
  return encodeUrl(base, decodeUrl(loc.pathname, loc.search, rules, base), rules) + hash;
}
