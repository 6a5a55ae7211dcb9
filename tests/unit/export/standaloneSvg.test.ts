import { describe, expect, it } from 'vitest';
import { chartPicture } from '../../../src/dashboard/chartPicture';
import type { ThemeName } from '../../../src/themes/themes';
import { THEME_NAMES, THEMES } from '../../../src/themes/themes';
import type { StandaloneSvgInput } from '../../../src/export/standaloneSvg';
import { standaloneSvg } from '../../../src/export/standaloneSvg';

/** The chart as an export draws it: rendered from its body with a theme's concrete colours (no outer <svg>). */
const drawn = (theme: ThemeName, label = 'University of Bristol') =>
  chartPicture(
    { kind: 'bar', rows: [{ label, value: 34477, highlight: true }], unit: 'gbpm', color: 'series-0' },
    600,
    theme,
    'University income',
  ).markup;
const chartSvg = drawn('light');

const input: StandaloneSvgInput = {
  chartSvg,
  chartWidth: 600,
  chartHeight: 300,
  title: 'University income from business services',
  subtitle: '£ million, 2016/17, West of England universities and comparators',
  finding: 'Bristol earns more from business services than the other three West of England universities together.',
  sourceLine: 'Source: Office for National Statistics. Open Government Licence v3.0',
  url: 'https://example.org/evidence-explorer/#tab=innovation&chart=university-income&areas=woe,E06000023,E06000022',
  downloadedAt: new Date('2026-11-22T10:15:00Z'),
  theme: THEMES.light,
};

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

const allElements = (doc: Document): Element[] => [...doc.getElementsByTagName('*')];
/** All visible text, line by line, as a viewer would render it. */
const textOf = (doc: Document): string => [...doc.getElementsByTagName('tspan')].map((t) => t.textContent).join(' ');

describe('standaloneSvg: a picture that stands on its own', () => {
  const out = standaloneSvg(input);
  const doc = parse(out.svg);
  const root = doc.documentElement;

  it('is an XML file with an SVG root that declares its namespace and size', () => {
    expect(out.svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('width')).toBe(String(out.width));
    expect(root.getAttribute('height')).toBe(String(out.height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${out.width} ${out.height}`);
    expect(out.width).toBe(640);
    expect(out.height).toBeGreaterThan(300 + 100);
  });

  it('uses a font stack that renders alike elsewhere', () => {
    expect(root.getAttribute('font-family')).toBe("'DejaVu Sans', 'Liberation Sans', Arial, Helvetica, sans-serif");
  });

  it('paints a background in the theme surface', () => {
    const bg = root.querySelector(':scope > rect')!;
    expect(bg.getAttribute('fill')).toBe(THEMES.light.surface);
    expect(bg.getAttribute('width')).toBe(String(out.width));
  });

  it('shows the title (bold, larger), subtitle, key finding, source line, URL and download date', () => {
    const text = textOf(doc);
    expect(text).toContain(input.title);
    expect(text).toContain('£ million, 2016/17');
    expect(text).toContain('Bristol earns more');
    expect(text).toContain(input.sourceLine);
    expect(text.replace(/ /g, '')).toContain(input.url);
    expect(text).toContain('Downloaded 22 November 2026');
    const title = [...doc.getElementsByTagName('text')][0]!;
    expect(title.getAttribute('font-weight')).toBe('bold');
    expect(Number(title.getAttribute('font-size'))).toBeGreaterThan(
      Number([...doc.getElementsByTagName('text')][1]!.getAttribute('font-size')),
    );
    expect(doc.querySelector('title')!.textContent).toBe(input.title);
  });

  it('adds the Open Government Licence statement when the source line names the licence', () => {
    expect(textOf(doc)).toContain('Contains public sector information licensed under the Open Government Licence v3.0.');
  });

  it('does not repeat the statement when the source line already carries it, nor add it for other licences', () => {
    const withIt = standaloneSvg({
      ...input,
      sourceLine: 'Source: ONS. Contains public sector information licensed under the Open Government Licence v3.0',
    });
    expect(withIt.svg.match(/Contains public sector information/g)).toHaveLength(1);
    const other = standaloneSvg({ ...input, sourceLine: 'Source: PwC analysis of HESA data' });
    expect(other.svg).not.toContain('Contains public sector information');
  });

  it('wraps long text to the width with one <tspan> a line, none wider than the picture by the estimate', () => {
    const long = standaloneSvg({ ...input, finding: 'word '.repeat(120), chartWidth: 300 });
    const d = parse(long.svg);
    const finding = [...d.getElementsByTagName('text')].find((t) => t.textContent!.startsWith('word'))!;
    const spans = [...finding.getElementsByTagName('tspan')];
    expect(spans.length).toBeGreaterThan(3);
    const size = Number(finding.getAttribute('font-size'));
    for (const s of spans) expect(s.textContent!.length * size * 0.55).toBeLessThanOrEqual(300);
    const ys = spans.map((s) => Number(s.getAttribute('y')));
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(long.height).toBeGreaterThan(out.height);
  });

  it('nests the chart at its size, with its viewBox, without page-only attributes', () => {
    const nested = root.querySelector(':scope > svg')!;
    expect(nested.getAttribute('viewBox')).toBe('0 0 600 300');
    expect(nested.getAttribute('width')).toBe('600');
    expect(nested.getAttribute('height')).toBe('300');
    expect(nested.getAttribute('overflow')).toBe('visible');
    for (const a of ['class', 'role', 'aria-label', 'tabindex']) expect(nested.hasAttribute(a)).toBe(false);
    expect(nested.querySelectorAll('[data-mark], [tabindex], [role], .ee-focus-layer')).toHaveLength(0);
    expect(nested.querySelectorAll('rect')).toHaveLength(1);
    expect(nested.textContent).toContain('University of Bristol');
    expect(nested.textContent).toContain('£34,477m');
  });

  it.each(THEME_NAMES)('carries concrete colours, no CSS variables (%s theme)', (name) => {
    const theme = THEMES[name];
    const svg = standaloneSvg({ ...input, chartSvg: drawn(name), theme }).svg;
    expect(svg).not.toMatch(/var\(/i);
    const d = parse(svg);
    expect(d.querySelector('svg > svg rect')!.getAttribute('fill')).toBe(theme.series[0]);
    expect(d.querySelector(':scope > rect, svg > rect')!.getAttribute('fill')).toBe(theme.surface);
  });

  it('drops characters XML forbids from the chart too', () => {
    const d = parse(standaloneSvg({ ...input, chartSvg: drawn('light', 'Bath\u0000 Spa') }).svg);
    expect(d.querySelector('svg > svg')!.textContent).toContain('Bath Spa');
  });

  it('refuses a chart size that is not positive and finite', () => {
    expect(() => standaloneSvg({ ...input, chartWidth: 0 })).toThrow(/not a positive finite size/);
    expect(() => standaloneSvg({ ...input, chartHeight: NaN })).toThrow(/not a positive finite size/);
  });
});

describe('standaloneSvg: safe to open', () => {
  const hostile: StandaloneSvgInput = {
    ...input,
    title: '<img src=x onerror=alert(1)>',
    subtitle: '"quoted" & \'single\' </text><script>alert(2)</script>',
    finding: 'Ends ]]> here \u0000 with a NUL',
    sourceLine: 'Source: <b>bold</b>',
    url: 'https://example.org/?a=1&b="2"',
    // Labels from data that try to be markup: the chart is drawn from data, so they can only ever be text.
    chartSvg: drawn(
      'light',
      '<svg onload="alert(3)"><script>alert(4)</script><a href="https://evil.example"><image href="https://evil.example/t.png"/></a>' +
        '<foreignObject><iframe src="https://evil.example"></iframe></foreignObject><use href="https://evil.example/s.svg#a"/>' +
        '<style>@import url(https://evil.example/s.css)</style><animate attributeName="href" to="javascript:alert(6)"/>',
    ),
  };
  const out = standaloneSvg(hostile);
  const doc = parse(out.svg);

  it('shows a hostile title as text, escaped, never as markup', () => {
    expect(out.svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(doc.querySelector('title')!.textContent).toBe(hostile.title);
    expect(textOf(doc)).toContain('<img src=x onerror=alert(1)>');
    expect(textOf(doc)).toContain(`"quoted" & 'single' </text><script>alert(2)</script>`);
    expect(doc.getElementsByTagName('img')).toHaveLength(0);
  });

  it('has no <script>, <foreignObject>, <image>, <iframe>, <style>, <a> or animation', () => {
    for (const tag of ['script', 'foreignObject', 'image', 'iframe', 'style', 'a', 'animate', 'set']) {
      expect(doc.getElementsByTagName(tag), tag).toHaveLength(0);
    }
    expect(out.svg).not.toMatch(/<script/i);
  });

  it('has no on* event attributes anywhere', () => {
    for (const el of allElements(doc))
      for (const a of [...el.attributes]) expect(a.name.toLowerCase().startsWith('on'), `${el.localName} ${a.name}`).toBe(false);
  });

  it('references nothing outside itself: every href and url() points into the document', () => {
    for (const el of allElements(doc)) {
      for (const a of [...el.attributes]) {
        if (/href$/i.test(a.name)) expect(a.value.startsWith('#'), `${el.localName} ${a.name}=${a.value}`).toBe(true);
        for (const m of a.value.matchAll(/url\(\s*['"]?([^'")]*)/gi)) expect(m[1]!.startsWith('#'), a.value).toBe(true);
      }
    }
    expect(doc.querySelectorAll('use')).toHaveLength(0);
  });

  it('drops characters XML forbids instead of producing an unreadable file', () => {
    expect(out.svg).not.toContain('\u0000');
    expect(doc.querySelector('desc')!.textContent).toBe('Ends ]]> here  with a NUL');
  });
});
