/**
 * Text made safe for XML content and attribute values alike: the five markup
 * characters become entities, and characters outside XML 1.0's Char
 * production (most C0 controls, lone surrogates, U+FFFE/U+FFFF) are dropped,
 * since one of them anywhere makes the whole SVG unreadable.
 */
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** XML 1.0, production [2] Char. A lone surrogate comes out of for…of as itself, so it fails here too. */
const isXmlChar = (cp: number): boolean =>
  cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || cp >= 0x10000;

export function escapeXml(text: string): string {
  let out = '';
  for (const ch of text) {
    if (!isXmlChar(ch.codePointAt(0)!)) continue;
    out += ENTITIES[ch] ?? ch;
  }
  return out;
}

/** Markup with the characters XML cannot hold dropped (its markup characters left as they are). */
export function stripNonXml(markup: string): string {
  let out = '';
  for (const ch of markup) if (isXmlChar(ch.codePointAt(0)!)) out += ch;
  return out;
}
