/**
 * The deck as an editable PowerPoint file: a title slide, then one 16:9 slide
 * per chart in deck order, each with the key finding as its title, the chart
 * as a PNG, the subtitle and a source line, and the full provenance (sources,
 * licences, caveats, the link to the exact view) in the speaker notes, where a
 * presenter finds it and the audience does not. pptxgenjs is loaded here, by
 * dynamic import, only when a deck is downloaded: never in a tab's first load.
 */

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export interface PptxImage {
  /** PNG bytes. */
  readonly png: Uint8Array;
  /** Pixel size of the PNG: its aspect ratio is kept on the slide. */
  readonly width: number;
  readonly height: number;
}

export interface PptxSlide {
  /** The key finding: the slide's title. */
  readonly title: string;
  /** What the chart shows: measure, unit, period, geography. */
  readonly subtitle: string;
  /** One short line under the chart: sources and licence. */
  readonly sourceLine: string;
  readonly image: PptxImage;
  /** Speaker notes: full source, licence, caveats and the link to the exact view. */
  readonly notes: string;
}

export interface DeckInput {
  readonly title: string;
  /** The date shown on the title slide, already in words. */
  readonly date: string;
  /** Link to the whole deck (reopens it in the dashboard). */
  readonly deckUrl: string;
  readonly slides: readonly PptxSlide[];
}

/** LAYOUT_16x9: 10 × 5.625 inches. */
const W = 10;
const H = 5.625;
const MARGIN = 0.4;
const FONT = 'Arial';
const TEXT = '1B1F24';
const ACCENT = '0A5FA3';

/** Base64 without Buffer (the browser has none), in chunks so a large PNG does not overflow the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The largest box of the image's aspect ratio inside (w × h), centred. */
function fit(image: PptxImage, x: number, y: number, w: number, h: number) {
  const ratio = image.width / image.height;
  const fw = Math.min(w, h * ratio);
  const fh = fw / ratio;
  return { x: x + (w - fw) / 2, y: y + (h - fh) / 2, w: fw, h: fh };
}

export async function deckToPptx(deck: DeckInput): Promise<Uint8Array> {
  if (deck.slides.length === 0) throw new Error('deckToPptx: the deck has no slides');
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = deck.title;
  pptx.company = 'Evidence Explorer';
  pptx.subject = 'West of England Local Industrial Strategy evidence base';

  const cover = pptx.addSlide();
  cover.addText(deck.title, { x: MARGIN, y: 1.4, w: W - 2 * MARGIN, h: 1.2, fontFace: FONT, fontSize: 36, bold: true, color: TEXT });
  cover.addText(deck.date, { x: MARGIN, y: 2.7, w: W - 2 * MARGIN, h: 0.5, fontFace: FONT, fontSize: 18, color: TEXT });
  cover.addText([{ text: deck.deckUrl, options: { hyperlink: { url: deck.deckUrl, tooltip: 'Open this deck in the dashboard' } } }], {
    x: MARGIN,
    y: 3.3,
    w: W - 2 * MARGIN,
    h: 0.8,
    fontFace: FONT,
    fontSize: 12,
    color: ACCENT,
    valign: 'top',
  });
  cover.addNotes(`${deck.title}\n${deck.date}\nThe whole deck in the dashboard: ${deck.deckUrl}`);

  for (const s of deck.slides) {
    const slide = pptx.addSlide();
    slide.addText(s.title, {
      x: MARGIN,
      y: 0.2,
      w: W - 2 * MARGIN,
      h: 0.95,
      fontFace: FONT,
      fontSize: 22,
      bold: true,
      color: TEXT,
      valign: 'middle',
      fit: 'shrink',
    });
    const box = fit(s.image, MARGIN, 1.2, W - 2 * MARGIN, 3.55);
    slide.addImage({ data: `image/png;base64,${toBase64(s.image.png)}`, ...box, altText: `${s.title} ${s.subtitle}` });
    slide.addText(s.subtitle, { x: MARGIN, y: 4.8, w: W - 2 * MARGIN, h: 0.4, fontFace: FONT, fontSize: 12, color: TEXT, valign: 'top' });
    slide.addText(s.sourceLine, {
      x: MARGIN,
      y: 5.15,
      w: W - 2 * MARGIN,
      h: H - 5.15 - 0.05,
      fontFace: FONT,
      fontSize: 9,
      color: TEXT,
      valign: 'top',
    });
    slide.addNotes(s.notes);
  }
  return notesAsParagraphs((await pptx.write({ outputType: 'uint8array', compression: true })) as Uint8Array);
}

const NOTES = /^ppt\/notesSlides\/notesSlide\d+\.xml$/;

/**
 * pptxgenjs writes speaker notes as one run with the line breaks inside it,
 * which PowerPoint and Impress show as one run-on paragraph: give each line a
 * paragraph of its own.
 */
export function notesAsParagraphs(pptxBytes: Uint8Array): Uint8Array {
  const files = unzipSync(pptxBytes);
  for (const name of Object.keys(files)) {
    if (!NOTES.test(name)) continue;
    const xml = strFromU8(files[name] as Uint8Array);
    const fixed = xml.replace(/<a:r>(<a:rPr[^>]*\/>)<a:t>([^<]*)<\/a:t><\/a:r>/g, (all, props: string, text: string) =>
      /[\r\n]/.test(text)
        ? text
            .split(/\r?\n|\r/)
            .map((line) => `<a:r>${props}<a:t>${line}</a:t></a:r>`)
            .join('</a:p><a:p>')
        : all,
    );
    files[name] = strToU8(fixed);
  }
  return zipSync(files, { level: 6 });
}
