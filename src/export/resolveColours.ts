import type { Theme } from '../charts/theme';
import { themeCss } from '../charts/theme';

/**
 * Live charts colour with CSS variables (var(--ee-s0), var(--ee-text), …) so
 * a theme change is one attribute on the page. An exported SVG or PNG has no
 * page stylesheet, so every var() must become the theme's concrete colour.
 * The mapping is read from themeCss itself, so the two can never disagree.
 */

/** "--ee-text" → "#1b1f24", from the same declarations the page's CSS is made of. */
function variables(theme: Theme): Map<string, string> {
  const vars = new Map<string, string>();
  for (const decl of themeCss(theme).split(';')) {
    const colon = decl.indexOf(':');
    if (colon > 0) vars.set(decl.slice(0, colon).trim(), decl.slice(colon + 1).trim());
  }
  return vars;
}

/**
 * Replace every var(...) (with or without a fallback, nested or not) by the
 * theme's colour. A variable the theme does not define, and any fallback,
 * becomes the theme's text colour: visible on the surface, and never
 * something (a url(), say) copied unchecked from the markup.
 */
export function resolveColours(svgMarkup: string, theme: Theme): string {
  const vars = variables(theme);
  let out = '';
  let i = 0;
  const lower = svgMarkup.toLowerCase();
  for (;;) {
    const start = lower.indexOf('var(', i);
    if (start < 0) break;
    if (start > 0 && /[\w-]/.test(svgMarkup[start - 1]!)) {
      // Part of a longer name ("envar(", "my-var("): not a CSS variable.
      out += svgMarkup.slice(i, start + 4);
      i = start + 4;
      continue;
    }
    // Find the closing parenthesis, counting nested ones (a fallback can hold var() or rgb()).
    let depth = 0;
    let end = -1;
    for (let j = start + 3; j < svgMarkup.length; j++) {
      const c = svgMarkup[j];
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) {
        end = j;
        break;
      }
    }
    if (end < 0) end = svgMarkup.length - 1; // unclosed: replace to the end rather than leave a var( behind
    const name = /^\s*(--[\w-]+)/.exec(svgMarkup.slice(start + 4, end))?.[1] ?? '';
    out += svgMarkup.slice(i, start) + (vars.get(name) ?? theme.text);
    i = end + 1;
  }
  return out + svgMarkup.slice(i);
}
