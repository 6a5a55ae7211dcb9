import type { ThemeName } from '../charts/theme';
import { THEME_NAMES } from '../charts/theme';
import type { Choices, ThemeChoice } from './store';
import { INITIAL } from './store';
import { pathFor, splitPath } from './route';

/** Read the choices a URL carries. Anything unknown or invalid falls back to the default. */
export function decodeUrl(pathname: string, search: string): Choices {
  const { tab } = splitPath(pathname);
  const params = new URLSearchParams(search);
  const t = params.get('theme');
  const theme: ThemeChoice = (THEME_NAMES as readonly string[]).includes(t ?? '') ? (t as ThemeName) : 'auto';
  return { ...INITIAL, tab, theme };
}

/** Write the choices as a URL, relative to the site's base. */
export function encodeUrl(base: string, c: Choices): string {
  const params = new URLSearchParams();
  if (c.theme !== 'auto') params.set('theme', c.theme);
  const q = params.toString();
  return `${pathFor(base, c.tab)}${q ? `?${q}` : ''}`;
}
