import { act, cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BarChart } from '../../../src/charts/BarChart';
import type { BarRow } from '../../../src/charts/BarChart';
import { LineChart } from '../../../src/charts/LineChart';
import type { LineSeries } from '../../../src/charts/LineChart';
import type { FocusMark } from '../../../src/charts/marks';
import { THEMES } from '../../../src/themes/themes';
import { paletteOf } from '../../../src/themes/palette';
import { Tooltip } from '../../../src/charts/Tooltip';
import { DataTable } from '../../../src/dashboard/DataTable';
import { Legend } from '../../../src/dashboard/Legend';
import { chartPicture } from '../../../src/dashboard/chartPicture';
import { standaloneSvg } from '../../../src/export/standaloneSvg';
import type { Point } from '../../../src/series/types';

/**
 * Text from data (a dataset's names and labels, a note, a search) is rendered
 * as text everywhere: it shows literally, and never becomes an element or an
 * event handler, on the page or in an exported SVG.
 */

afterEach(cleanup);

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
/** Attempts to close the element or attribute the text lands in. */
const BREAKOUT = '"></text><svg onload=alert(1)><script>alert(2)</script>';
/** Already-escaped text must stay as typed, not be decoded into markup. */
const ENTITY = '&lt;b onmouseover=alert(3)&gt;bold&lt;/b&gt;';
const HOSTILE = [IMG, SCRIPT, BREAKOUT, ENTITY] as const;

const PALETTE = paletteOf(THEMES.light);

/** Elements that would run or fetch something had the text been parsed as markup. */
const ACTIVE = 'img, script, iframe, object, embed, foreignObject, image, a, b, svg svg, [onerror], [onload], [onmouseover]';

/** No element the text could have made, and no event-handler attribute anywhere. */
function expectInert(root: ParentNode): void {
  expect([...root.querySelectorAll(ACTIVE)].map((e) => e.outerHTML)).toEqual([]);
  const handlers = [...root.querySelectorAll('*')].flatMap((e) =>
    [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`),
  );
  expect(handlers).toEqual([]);
  expect(document.querySelectorAll('script, img')).toHaveLength(0);
}

const texts = (root: ParentNode, selector: string): string[] => [...root.querySelectorAll(selector)].map((e) => e.textContent ?? '');

describe('the check itself', () => {
  it('notices markup made from text, as innerHTML would make it', () => {
    const { container } = render(<div dangerouslySetInnerHTML={{ __html: IMG }} />);
    expect(() => expectInert(container)).toThrow();
  });
});

describe('<BarChart> with hostile row labels', () => {
  const rows: BarRow[] = HOSTILE.map((label, i) => ({ label, value: 10 * (i + 1), highlight: i % 2 === 0 }));

  it('draws each label literally as the text of its bar, creates no element from it, and names the mark with it', () => {
    const { container } = render(
      <BarChart
        rows={rows}
        width={720}
        unit="gbpm"
        color="#0a5fa3"
        dimColor="#8c94a0"
        palette={PALETTE}
        label={SCRIPT}
        highlightLabel={IMG}
      />,
    );
    // The label is the first <text> of each bar.
    expect([...container.querySelectorAll('.ee-bar')].map((g) => g.querySelector('text')?.textContent)).toEqual([...HOSTILE]);
    expect(container.querySelector('svg.ee-chart')?.getAttribute('aria-label')).toBe(SCRIPT);
    const names = [...container.querySelectorAll('[data-mark]')].map((m) => m.getAttribute('aria-label') ?? '');
    HOSTILE.forEach((label, i) => expect(names[i]?.startsWith(label)).toBe(true));
    expectInert(container);
  });

  it('shows a focused bar’s label literally in the tooltip', () => {
    const { container } = render(
      <BarChart rows={rows} width={720} unit="gbpm" color="#0a5fa3" dimColor="#8c94a0" palette={PALETTE} label="Bars" />,
    );
    const marks = [...container.querySelectorAll<SVGElement>('[data-mark]')];
    HOSTILE.forEach((label, i) => {
      act(() => void fireEvent.focus(marks[i] as SVGElement));
      expect(texts(container, '.ee-tooltip strong')).toEqual([label]);
      expectInert(container);
    });
  });
});

describe('<LineChart> with hostile series labels', () => {
  const years = (f: (y: number) => number): Point[] => Array.from({ length: 6 }, (_, k) => [2015 + k, f(k)] as const);
  const series: LineSeries[] = HOSTILE.map((label, s) => ({
    id: `s${s}`,
    label,
    points: years((k) => 10 + s * 5 + k),
    color: `#${(s + 1) * 2}${(s + 1) * 2}0000`,
    dash: '',
  }));

  it('writes each series label literally at the line’s end (its lines joined), and creates no element from it', () => {
    const { container } = render(<LineChart series={series} width={900} height={400} unit="tperhead" palette={PALETTE} label={IMG} />);
    const labels = [...container.querySelectorAll('.ee-direct-labels text')].map((t) => texts(t, 'tspan').join(' '));
    expect(labels.sort()).toEqual([...HOSTILE].sort());
    expect(container.querySelector('svg.ee-chart')?.getAttribute('aria-label')).toBe(IMG);
    expectInert(container);
  });

  it('shows a focused point’s series label literally in the tooltip', () => {
    const { container } = render(<LineChart series={series} width={900} height={400} unit="tperhead" palette={PALETTE} label="Lines" />);
    const marks = [...container.querySelectorAll<SVGElement>('[data-mark]')];
    const seen = new Set<string>();
    for (const m of marks) {
      act(() => void fireEvent.focus(m));
      // The tooltip lists every series at the year: the focused one's row is marked.
      const [title] = texts(container, '.ee-tooltip-active th');
      seen.add(title ?? '');
      expect(texts(container, '.ee-tooltip-rows th').sort()).toEqual([...HOSTILE].sort());
    }
    expect([...seen].sort()).toEqual([...HOSTILE].sort());
    expectInert(container);
  });
});

describe('<DataTable> with hostile headers, row names, cells and caption', () => {
  it('puts every string in its cell literally', () => {
    const table = {
      columns: [
        { key: 'name', label: IMG },
        { key: 'note', label: SCRIPT, unit: BREAKOUT },
        { key: 'value', label: 'Value', unit: ENTITY },
      ],
      rows: HOSTILE.map((h, i) => [h, HOSTILE[(i + 1) % HOSTILE.length] as string, i]),
    };
    const { container } = render(<DataTable table={table} caption={BREAKOUT} id="t" />);
    expect(texts(container, 'caption')).toEqual([BREAKOUT]);
    expect(texts(container, 'thead th')).toEqual([IMG, `${SCRIPT} (${BREAKOUT})`, `Value (${ENTITY})`]);
    expect(texts(container, 'tbody th')).toEqual([...HOSTILE]);
    expect(texts(container, 'tbody tr td:first-of-type')).toEqual(HOSTILE.map((_, i) => HOSTILE[(i + 1) % HOSTILE.length]));
    expect(container.querySelector('[role="region"]')?.getAttribute('aria-label')).toBe(`${BREAKOUT} (table)`);
    expectInert(container);
  });
});

describe('<Legend> with hostile labels', () => {
  const items = HOSTILE.map((label, i) => ({ id: `s${i}`, label, color: 'series-0' as const, hidden: i === 1 }));

  it('lists each label literally', () => {
    const { container } = render(<Legend items={items} />);
    expect(texts(container, 'li')).toEqual([...HOSTILE]);
    expectInert(container);
  });

  it('as toggle buttons, names each with its label literally in text and title', () => {
    const { container } = render(<Legend items={items} onToggle={() => {}} />);
    expect(texts(container, 'button')).toEqual([...HOSTILE]);
    expect([...container.querySelectorAll('button')].map((b) => b.title)).toEqual(
      HOSTILE.map((h, i) => `${i === 1 ? 'Show' : 'Hide'} ${h}`),
    );
    expectInert(container);
  });
});

describe('<Tooltip> with a hostile mark', () => {
  it('shows the title and detail literally', () => {
    const mark: FocusMark = { key: IMG, s: 0, i: 0, x: 10, y: 10, title: SCRIPT, detail: IMG, color: '#000', series: BREAKOUT };
    const { container } = render(<Tooltip mark={mark} width={100} height={100} />);
    expect(texts(container, '.ee-tooltip strong')).toEqual([SCRIPT]);
    expect(texts(container, '.ee-tooltip span')).toEqual([IMG]);
    expectInert(container);
  });
});

describe('standaloneSvg with hostile text', () => {
  /** The chart as exportCard.ts draws it for a picture: rendered from its body with the theme's concrete colours. */
  const rows: BarRow[] = HOSTILE.map((label, i) => ({ label, value: 10 * (i + 1), highlight: true }));
  const chart = chartPicture({ kind: 'bar', rows, unit: 'gbpm', color: 'series-0' }, 640, 'light', IMG);

  const out = standaloneSvg({
    chartSvg: chart.markup,
    chartWidth: chart.width,
    chartHeight: chart.height,
    title: IMG,
    subtitle: SCRIPT,
    finding: BREAKOUT,
    sourceLine: ENTITY,
    url: `https://example.org/?q=${SCRIPT}`,
    downloadedAt: new Date('2026-01-02T03:04:05Z'),
    theme: THEMES.light,
  });
  const doc = new DOMParser().parseFromString(out.svg, 'image/svg+xml');

  it('escapes the text: no tag from the data is left in the file', () => {
    expect(out.svg).not.toMatch(/<(img|script|b)\b/i);
    expect(out.svg).not.toMatch(/<svg[^>]*onload/i);
    expect(out.svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out.svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // Already-escaped text is escaped again, so it reads as typed.
    expect(out.svg).toContain('&amp;lt;b onmouseover=alert(3)&amp;gt;');
  });

  it('parses as XML, with no img, script or handler, and every hostile string in it literally as text', () => {
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    for (const tag of ['img', 'script', 'foreignObject', 'image', 'iframe', 'a', 'b'])
      expect(doc.getElementsByTagName(tag), tag).toHaveLength(0);
    expect([...doc.getElementsByTagName('*')].filter((e) => e.namespaceURI !== 'http://www.w3.org/2000/svg').map((e) => e.tagName)).toEqual(
      [],
    );
    const handlers = [...doc.getElementsByTagName('*')].flatMap((e) =>
      [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
    );
    expect(handlers).toEqual([]);
    expect(doc.querySelector('title')?.textContent).toBe(IMG);
    expect(doc.querySelector('desc')?.textContent).toBe(BREAKOUT);
    const all = doc.documentElement.textContent ?? '';
    for (const h of HOSTILE) expect(all).toContain(h);
    // Each bar label, exactly, in the chart inside the picture.
    const barLabels = [...doc.querySelectorAll('svg svg text')].map((t) => t.textContent);
    for (const h of HOSTILE) expect(barLabels).toContain(h);
  });
});
