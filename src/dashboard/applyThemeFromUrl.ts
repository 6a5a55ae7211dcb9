import { THEME_NAMES } from '../themes/themes';

/** Before React loads: a link's ?theme= colours the prerendered page at once. ThemeSync keeps it after. */
export function applyThemeFromUrl(html: HTMLElement, search: string): void {
  const t = new URLSearchParams(search).get('theme');
  if (t && (THEME_NAMES as readonly string[]).includes(t)) html.dataset.theme = t;
}
