import { escapeXml } from './escapeXml';

/**
 * The live chart's <svg> markup made safe and self-contained for a file:
 * re-tokenised and re-written rather than edited with regular expressions,
 * so whatever comes in, what goes out is well-formed XML with every text and
 * attribute value escaped afresh. Works on a string (no DOM), so it runs the
 * same in the browser, in Node and in tests.
 *
 * Removed, because an exported picture must not run or fetch anything:
 * - <script>, <style>, <foreignObject>, <image>, <iframe>, <embed>, <object>,
 *   animation elements (which can set an href), and anything in a namespace
 *   of its own, each with all its content;
 * - <a>: the element goes, its content (the drawing) stays;
 * - <use> and <feImage> that point outside the document;
 * - on* event attributes; href / xlink:href not to "#…"; src, xml:base;
 *   url(…) values not to "#…" (replaced by "none");
 * - comments, processing instructions and DOCTYPEs (which can declare entities);
 * - attributes that only serve the live page: role, aria-*, class, tabindex,
 *   data-* (the file is one image, described by its own <title> and <desc>).
 */

export interface SanitisedSvg {
  /** The outer <svg>'s presentation attributes: not role, aria-*, class, tabindex, data-*, on*, xmlns*, width, height, x, y. */
  readonly rootAttributes: readonly (readonly [string, string])[];
  /** The markup inside the outer <svg>, sanitised. */
  readonly content: string;
}

const DROP = new Set([
  'script',
  'style',
  'foreignobject',
  'image',
  'iframe',
  'embed',
  'object',
  'audio',
  'video',
  'canvas',
  'animate',
  'animatemotion',
  'animatetransform',
  'animatecolor',
  'set',
  'discard',
  'handler',
  'listener',
]);
/** Raw-text elements in HTML serialisation: their content is not markup and may hold "<". */
const RAW_TEXT = new Set(['script', 'style']);
const DROP_ATTRIBUTES = new Set(['src', 'xml:base', 'action', 'formaction', 'ping']);
/** Attributes that serve the live page (assistive technology, styling hooks, scripts), not the drawing. */
const PAGE_ONLY = /^(role|aria-.*|class|tabindex|data-.*|focusable)$/i;
/** Also set by the export itself on the outer <svg>, which it places and sizes. */
const PLACEMENT = /^(width|height|x|y|xmlns(:.*)?)$/i;
const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode the entities XML and HTML serialisers write; anything else stays as typed. */
function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
    }
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

const isInternal = (ref: string): boolean => ref.trim().startsWith('#');

/** url(…) to anything but a fragment of this document becomes "none". */
const internalUrlsOnly = (value: string): string =>
  value.replace(/url\(\s*(['"]?)(.*?)\1\s*\)/gi, (whole, _q: string, ref: string) => (isInternal(ref) ? whole : 'none'));

type Attribute = [string, string];

/** Keep the attributes that are safe; first of any duplicates (a repeat makes XML invalid). */
function cleanAttributes(attrs: readonly Attribute[]): Attribute[] {
  const out: Attribute[] = [];
  const seen = new Set<string>();
  for (const [name, value] of attrs) {
    const lower = name.toLowerCase();
    if (!NAME.test(name) || seen.has(lower)) continue;
    if (lower.startsWith('on') || DROP_ATTRIBUTES.has(lower)) continue;
    if ((lower === 'href' || lower === 'xlink:href') && !isInternal(value)) continue;
    const prefix = lower.includes(':') ? lower.slice(0, lower.indexOf(':')) : '';
    // Only namespaces the export declares: anything else would leave the XML unparseable.
    if (prefix && prefix !== 'xlink' && prefix !== 'xml' && prefix !== 'xmlns') continue;
    seen.add(lower);
    out.push([name, internalUrlsOnly(value)]);
  }
  return out;
}

/** Does this element point outside the document? */
const externalRef = (attrs: readonly Attribute[]): boolean => attrs.some(([n, v]) => /^(xlink:)?href$/i.test(n) && !isInternal(v));

const writeAttributes = (attrs: readonly (readonly [string, string])[]): string =>
  attrs.map(([n, v]) => ` ${n}="${escapeXml(v)}"`).join('');

interface Tag {
  name: string;
  attrs: Attribute[];
  selfClosing: boolean;
  end: number;
}

/** Read a start tag at `at` (which holds "<"): name, attributes (quoted, unquoted or bare), and where it ends. */
function readTag(s: string, at: number): Tag | null {
  const m = /^<([A-Za-z_][\w:.-]*)/.exec(s.slice(at, at + 256));
  if (!m) return null;
  const attrs: Attribute[] = [];
  let i = at + m[0].length;
  for (;;) {
    while (i < s.length && /\s/.test(s[i]!)) i++;
    if (i >= s.length) return { name: m[1]!, attrs, selfClosing: false, end: s.length };
    if (s[i] === '>') return { name: m[1]!, attrs, selfClosing: false, end: i + 1 };
    if (s.startsWith('/>', i)) return { name: m[1]!, attrs, selfClosing: true, end: i + 2 };
    if (s[i] === '/') {
      i++;
      continue;
    }
    const n = /^[^\s=/>]+/.exec(s.slice(i, i + 256))?.[0] ?? s[i]!;
    i += n.length;
    while (i < s.length && /\s/.test(s[i]!)) i++;
    let value = '';
    if (s[i] === '=') {
      i++;
      while (i < s.length && /\s/.test(s[i]!)) i++;
      const q = s[i];
      if (q === '"' || q === "'") {
        const close = s.indexOf(q, i + 1);
        const stop = close < 0 ? s.length : close;
        value = s.slice(i + 1, stop);
        i = stop + 1;
      } else {
        const v = /^[^\s>]*/.exec(s.slice(i))![0];
        value = v;
        i += v.length;
      }
    }
    attrs.push([n, decode(value)]);
  }
}

interface Open {
  /** Lower-cased, for matching end tags as HTML serialisation might case them. */
  name: string;
  /** As written in the start tag: XML is case-sensitive (linearGradient, clipPath). */
  tag: string;
  /** Written to the output (false for a dropped subtree or an unwrapped <a>). */
  written: boolean;
  /** Inside a dropped subtree. */
  dropped: boolean;
}

export function sanitiseSvg(markup: string): SanitisedSvg {
  let rootAttributes: Attribute[] | null = null;
  const stack: Open[] = [];
  let out = '';
  let i = 0;
  const skipTo = (marker: string, from: number): number => {
    const at = markup.indexOf(marker, from);
    return at < 0 ? markup.length : at + marker.length;
  };
  const inDropped = () => stack.length > 0 && stack[stack.length - 1]!.dropped;

  while (i < markup.length && (rootAttributes === null || stack.length > 0)) {
    if (markup[i] !== '<') {
      const next = markup.indexOf('<', i);
      const stop = next < 0 ? markup.length : next;
      if (stack.length && !inDropped()) out += escapeXml(decode(markup.slice(i, stop)));
      i = stop;
    } else if (markup.startsWith('<!--', i)) {
      i = skipTo('-->', i + 4);
    } else if (markup.startsWith('<![CDATA[', i)) {
      const stop = markup.indexOf(']]>', i);
      const end = stop < 0 ? markup.length : stop;
      if (stack.length && !inDropped()) out += escapeXml(markup.slice(i + 9, end));
      i = end + 3;
    } else if (markup.startsWith('<!', i)) {
      // DOCTYPE, possibly with an internal subset in [...]: skip all of it.
      const bracket = markup.indexOf('[', i);
      const close = markup.indexOf('>', i);
      i = bracket >= 0 && (close < 0 || bracket < close) ? skipTo('>', skipTo(']', bracket)) : skipTo('>', i);
    } else if (markup.startsWith('<?', i)) {
      i = skipTo('?>', i + 2);
    } else if (markup.startsWith('</', i)) {
      const name = /^<\/\s*([^\s>]*)/.exec(markup.slice(i, i + 256))?.[1]?.toLowerCase() ?? '';
      i = skipTo('>', i + 2);
      const at = stack.map((o) => o.name).lastIndexOf(name);
      // An end tag with no open element of its name is ignored; one that skips open elements closes them too.
      if (at >= 0)
        while (stack.length > at) {
          const o = stack.pop()!;
          if (o.written) out += `</${o.tag}>`;
        }
    } else {
      const tag = readTag(markup, i);
      if (!tag) {
        if (stack.length && !inDropped()) out += '&lt;';
        i++;
        continue;
      }
      i = tag.end;
      const lower = tag.name.toLowerCase();
      const local = lower.includes(':') ? lower.slice(lower.indexOf(':') + 1) : lower;
      if (rootAttributes === null) {
        if (local !== 'svg') throw new Error(`sanitiseSvg: expected the chart's <svg> element, found <${tag.name}>`);
        rootAttributes = cleanAttributes(tag.attrs).filter(([n]) => !PAGE_ONLY.test(n) && !PLACEMENT.test(n));
        if (tag.selfClosing) break;
        stack.push({ name: lower, tag: tag.name, written: false, dropped: false });
        continue;
      }
      const drop =
        inDropped() || DROP.has(local) || lower.includes(':') || ((local === 'use' || local === 'feimage') && externalRef(tag.attrs));
      if (drop && RAW_TEXT.has(local) && !tag.selfClosing) {
        // Skip to the matching end tag: the content is not markup.
        const close = markup.toLowerCase().indexOf(`</${lower}`, i);
        i = close < 0 ? markup.length : skipTo('>', close);
        continue;
      }
      const written = !drop && local !== 'a';
      if (written) {
        const attrs = cleanAttributes(tag.attrs).filter(([n]) => !PAGE_ONLY.test(n) && !/^xmlns(:|$)/i.test(n));
        out += `<${tag.name}${writeAttributes(attrs)}${tag.selfClosing ? '/>' : '>'}`;
      }
      if (!tag.selfClosing) stack.push({ name: lower, tag: tag.name, written, dropped: drop });
    }
  }
  if (rootAttributes === null) throw new Error('sanitiseSvg: no <svg> element in the chart markup');
  // Close whatever the markup left open, so the output is always well-formed.
  while (stack.length > 1) {
    const o = stack.pop()!;
    if (o.written) out += `</${o.tag}>`;
  }
  return { rootAttributes, content: out };
}
