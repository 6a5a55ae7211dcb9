import { describe, expect, it } from 'vitest';
import { sanitiseSvg } from '../../../src/export/sanitiseSvg';

const wrap = (inner: string) => `<svg viewBox="0 0 100 50">${inner}</svg>`;
const content = (inner: string) => sanitiseSvg(wrap(inner)).content;

/** Parse as the standalone file would be, so every output is checked for well-formedness. */
function parse(inner: string): Document {
  const doc = new DOMParser().parseFromString(
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">${inner}</svg>`,
    'image/svg+xml',
  );
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('sanitiseSvg: keeps the drawing', () => {
  it('keeps shapes, text, groups and gradients, with their presentation attributes and case', () => {
    const inner =
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient><clipPath id="c"><rect width="10" height="10"/></clipPath></defs>' +
      '<g transform="translate(1,2)" fill="url(#g)" clip-path="url(#c)"><path d="M0 0L10 10" stroke="#000" stroke-dasharray="6 3"/><text x="1" y="2" text-anchor="end">A &amp; B &lt; C</text></g>' +
      '<use href="#g" xlink:href="#g"/>';
    expect(content(inner)).toBe(inner);
    parse(content(inner));
  });

  it('rewrites HTML-serialised markup (outerHTML) as XML: &nbsp;, unquoted and bare attributes', () => {
    const out = content('<text x=5 y=6 visibility=visible hidden>1&nbsp;000&#x2009;m</text>');
    expect(out).toBe('<text x="5" y="6" visibility="visible" hidden="">1\u00a0000\u2009m</text>');
    parse(out);
  });

  it('drops page-only attributes (role, aria-*, class, tabindex, data-*) from every element', () => {
    expect(
      content(
        '<g class="ee-bars" aria-hidden="true" role="list" data-series="woe"><rect tabindex="0" aria-label="Bristol: 3" data-mark="" fill="#000"/></g>',
      ),
    ).toBe('<g><rect fill="#000"/></g>');
  });

  it('returns the outer svg attributes that draw, without the page-only ones', () => {
    const { rootAttributes } = sanitiseSvg(
      '<svg xmlns="http://www.w3.org/2000/svg" class="ee-chart" viewBox="0 0 300 200" width="300" height="200" role="group" aria-label="Chart" tabindex="0" data-id="x" onload="alert(1)" font-size="12" preserveAspectRatio="xMidYMid meet"></svg>',
    );
    expect(rootAttributes).toEqual([
      ['viewBox', '0 0 300 200'],
      ['font-size', '12'],
      ['preserveAspectRatio', 'xMidYMid meet'],
    ]);
  });
});

describe('sanitiseSvg: removes whatever could run or fetch', () => {
  it('drops <script>, even with markup-like text inside, and its content', () => {
    const out = content('<g/><script>if (a < b) { document.write("</g><circle/>") }</script><rect/><SCRIPT type="x">alert(1)</SCRIPT>');
    expect(out).toBe('<g/><rect/>');
  });

  it('drops on* event attributes of any case', () => {
    const out = content('<rect onclick="x()" ONLOAD="y()" onMouseOver=z() width="1"/>');
    expect(out).toBe('<rect width="1"/>');
  });

  it('unwraps <a>: the link goes, the drawing inside stays', () => {
    expect(content('<a href="javascript:alert(1)"><rect/></a><a xlink:href="https://evil.example"><text>t</text></a>')).toBe(
      '<rect/><text>t</text>',
    );
  });

  it('drops <image>, <foreignObject>, <iframe>, <style> and animation elements with their content', () => {
    const out = content(
      '<image href="https://evil.example/x.png"/><foreignObject><div xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="alert(1)"/></div></foreignObject>' +
        '<style>@import url(https://evil.example/x.css);</style><iframe src="x"></iframe>' +
        '<rect><set attributeName="href" to="javascript:alert(1)"/><animate attributeName="x" values="0;1"/></rect>',
    );
    expect(out).toBe('<rect></rect>');
  });

  it('drops <use> and <feImage> pointing outside the document, keeps internal ones', () => {
    expect(
      content('<use href="https://evil.example/s.svg#a"/><use xlink:href="other.svg#a"/><use href="#ok"/><feImage href="x.png"/>'),
    ).toBe('<use href="#ok"/>');
  });

  it('removes external href, src and xml:base attributes and external url() values', () => {
    const out = content(
      '<rect href="https://x" src="y" xml:base="https://z/" fill="url(https://evil.example/p.svg#p)" style="stroke: url(&quot;x.svg#a&quot;); fill: url(#ok)"/>',
    );
    expect(out).toBe('<rect fill="none" style="stroke: none; fill: url(#ok)"/>');
  });

  it('drops comments, processing instructions, DOCTYPEs with entity declarations, and foreign namespaces', () => {
    const out = content(
      '<!-- secret --><?xml-stylesheet href="https://x"?><!DOCTYPE svg [<!ENTITY e "boom">]><inkscape:thing><rect/></inkscape:thing><rect sodipodi:x="1" y="2"/>',
    );
    expect(out).toBe('<rect y="2"/>');
  });

  it('re-escapes text and attribute values, so injected markup stays text', () => {
    const out = content('<text title="&quot;><script>alert(1)</script>">&lt;img src=x onerror=alert(1)&gt;</text>');
    expect(out).toBe('<text title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">&lt;img src=x onerror=alert(1)&gt;</text>');
    const doc = parse(out);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('img')).toHaveLength(0);
  });

  it('keeps CDATA as escaped text', () => {
    expect(content('<text><![CDATA[a < b & c]]></text>')).toBe('<text>a &lt; b &amp; c</text>');
  });

  it('closes what the markup left open and ignores stray end tags, so the result is well-formed', () => {
    const out = content('<g><text>a</g></circle><g><rect>');
    expect(out).toBe('<g><text>a</text></g><g><rect></rect></g>');
    parse(out);
  });

  it('keeps only the first of repeated attributes', () => {
    expect(content('<rect x="1" x="2"/>')).toBe('<rect x="1"/>');
  });
});

describe('sanitiseSvg: refuses what is not a chart', () => {
  it('throws when the markup has no <svg> root', () => {
    expect(() => sanitiseSvg('<div><svg></svg></div>')).toThrow(/expected the chart's <svg> element, found <div>/);
    expect(() => sanitiseSvg('just text')).toThrow(/no <svg> element/);
  });

  it('ignores anything after the chart', () => {
    expect(sanitiseSvg('<svg><rect/></svg><script>alert(1)</script>').content).toBe('<rect/>');
  });
});
