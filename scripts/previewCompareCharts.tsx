/**
 * A static preview of the comparison chart kinds (RankedBars, StripPlot,
 * HexMap, comparator lines) with made-up sample values, in a theme at a page
 * width: `npx tsx scripts/previewCompareCharts.tsx` writes
 * .tmp/charts11-preview-<theme>-<width>.html and screenshots them with
 * playwright-core and /usr/bin/chromium (.tmp/charts11-<theme>-<width>.png).
 * The values are NOT data: they only exercise the layouts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { chromium } from 'playwright-core';
import { comparatorSeries } from '../src/charts/comparatorSeries';
import type { CompareColors } from '../src/charts/compareColors';
import { DIVERGING_RAMPS, SEQUENTIAL_RAMPS } from '../src/charts/compareColors';
import { formatChange } from '../src/charts/format';
import { parseHexJson } from '../src/charts/hexGrid';
import { HexMap } from '../src/charts/HexMap';
import { LineChart } from '../src/charts/LineChart';
import { RankedBars } from '../src/charts/RankedBars';
import { StripPlot } from '../src/charts/StripPlot';
import type { ThemeName } from '../src/themes/themes';
import { THEMES, themeCss } from '../src/themes/themes';
import { paletteOf } from '../src/themes/palette';

const HEXJSON = new URL('../data/hexmap-lad-2023.hexjson', import.meta.url).pathname;
const WOE = ['E06000022', 'E06000023', 'E06000024', 'E06000025'];
const CAS = [
  'Greater Manchester',
  'South Yorkshire',
  'West Yorkshire',
  'Liverpool City Region',
  'Tees Valley',
  'West Midlands',
  'Cambridgeshire and Peterborough',
  'West of England Combined Authority',
  'North East',
  'York and North Yorkshire',
  'East Midlands',
  'Hull and East Yorkshire',
  'Greater Lincolnshire',
  'Lancashire',
  'Devon and Torbay',
];

/** A fixed pseudo-random number in [0, 1) from a string: sample values, same every run. */
const hash = (s: string) => {
  let h = 2166136261;
  for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return ((h >>> 0) % 10000) / 10000;
};

function page(theme: ThemeName, width: number): string {
  const t = THEMES[theme];
  const palette = paletteOf(t);
  const colors: CompareColors = {
    hero: t.series[0] ?? '',
    muted: t.dim,
    reference: t.muted,
    outline: t.text,
    noData: t.grid,
    sequential: SEQUENTIAL_RAMPS[theme],
    diverging: DIVERGING_RAMPS[theme],
  };
  const w = width - 32;
  const grid = parseHexJson(JSON.parse(readFileSync(HEXJSON, 'utf8')), HEXJSON);
  const english = grid.hexes.filter((h) => h.id.startsWith('E'));
  const values = new Map(english.filter((h) => hash(h.id) > 0.02).map((h) => [h.id, 2 + hash(h.id) * 9 + (h.r > 12 ? 2 : 0)]));
  const change = new Map(english.map((h) => [h.id, -45 + hash(`${h.id}x`) * 60]));
  const ranked = [
    ...CAS.map((label, i) => ({
      id: `ca${i}`,
      label,
      value: -6 + hash(label) * 40,
      emphasis: label.startsWith('West of England') ? ('hero' as const) : ('none' as const),
    })),
    { id: 'woe', label: 'West of England (four authorities)', value: 21.4, emphasis: 'hero' as const, ranked: false },
    { id: 'eng', label: 'England', value: 14.2, emphasis: 'reference' as const },
  ];
  const strip = english.map((h) => ({ id: h.id, label: h.name, value: values.get(h.id) ?? NaN, highlight: WOE.includes(h.id) }));
  const years = Array.from({ length: 19 }, (_, i) => 2005 + i);
  const line = (id: string, label: string, k: number) => ({
    id,
    label,
    points: years.map((y, i) => [y, 100 + i * k + 3 * Math.sin(i + k)] as const),
  });
  const chart = (title: string, el: React.ReactElement) => `<section><h2>${title}</h2>${renderToStaticMarkup(el)}</section>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<style>:root{${themeCss(t)}}${readFileSync('src/dashboard/styles.css', 'utf8')}
section{background:var(--ee-surface);margin:16px;padding:0 0 12px}h2{font-size:1rem;margin:0;padding:8px 0}</style></head>
<body><main style="padding:0">
<p style="margin:16px">Sample values, not data: ${theme}, ${width} px.</p>
${chart('Ranking (RankedBars): change since 2005', <RankedBars rows={ranked} width={w} unit="percent" format={(v) => formatChange(v)} colors={colors} rankNoun="combined authorities" palette={palette} label="Ranking" />)}
${chart(
  'Distribution (StripPlot): 296 English authorities',
  <StripPlot
    points={strip}
    references={[
      { id: 'eng', label: 'England', value: 7.1 },
      { id: 'med', label: 'Median', value: 6.6 },
    ]}
    width={w}
    unit="tperhead"
    colors={colors}
    rankNoun="English local authorities"
    palette={palette}
    label="Distribution"
  />,
)}
${chart('Hex map (HexMap): sequential', <HexMap grid={grid} values={values} highlight={WOE} width={w} unit="tperhead" legendTitle="Tonnes CO₂e per resident, 2023 (sample)" colors={colors} rankNoun="English local authorities" palette={palette} label="Hex map" />)}
${chart('Hex map (HexMap): diverging', <HexMap grid={grid} values={change} highlight={WOE} width={w} unit="percent" legendTitle="Change since 2005, % (sample)" colors={colors} palette={palette} label="Hex map change" />)}
${chart('Over time (LineChart + comparatorSeries)', <LineChart series={comparatorSeries(line('woe', 'West of England', 1.6), [line('gm', 'Greater Manchester', 1.9), line('wm', 'West Midlands', 1.2), line('ne', 'North East', 0.7)], line('eng', 'England', 1.3), colors)} width={w} height={320} unit="index" baseline={100} zero={false} palette={palette} label="Over time" />)}
</main></body></html>`;
}

async function main() {
  mkdirSync('.tmp', { recursive: true });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  for (const theme of ['light', 'dark'] as const)
    for (const width of [1280, 390]) {
      const file = `.tmp/charts11-preview-${theme}-${width}.html`;
      writeFileSync(file, page(theme, width));
      const p = await browser.newPage({ viewport: { width, height: 800 } });
      await p.goto(`file://${process.cwd()}/${file}`);
      await p.screenshot({ path: `.tmp/charts11-${theme}-${width}.png`, fullPage: true });
      await p.close();
      console.log(file);
    }
  await browser.close();
}

void main();
