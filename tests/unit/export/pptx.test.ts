// @vitest-environment node
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { deckToPptx, toBase64 } from '../../../src/export/pptx';

/** A valid 1×1 PNG (a single opaque pixel). */
const PIXEL = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

const slide = (n: number) => ({
  title: `Finding ${n}: emissions fell by 40% & more`,
  subtitle: `Subtitle ${n}`,
  sourceLine: `Source ${n}`,
  image: { png: PIXEL, width: 1280, height: 720 },
  notes: `Source: Publisher ${n}.\nLicence: Open Government Licence v3.0.\nCaveat ${n}.\nView: https://example.org/?deck=a,b,c#c${n}`,
});

/** Text of every <a:t> run in an XML part, joined. */
const texts = (xml: string): string =>
  [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => (m[1] as string).replace(/&amp;/g, '&').replace(/&lt;/g, '<')).join(' ');

/** The numbered parts under a folder, in slide order. */
const numbered = (files: Record<string, Uint8Array>, prefix: string): string[] =>
  Object.keys(files)
    .filter((f) => new RegExp(`^${prefix}\\d+\\.xml$`).test(f))
    .sort((a, b) => Number(/(\d+)\.xml$/.exec(a)?.[1]) - Number(/(\d+)\.xml$/.exec(b)?.[1]))
    .map((f) => strFromU8(files[f] as Uint8Array));

describe('deckToPptx', () => {
  test('a three-chart deck gives a title slide and one slide per chart, in order, with findings as titles and provenance in the notes', async () => {
    const bytes = await deckToPptx({
      title: 'Your presentation',
      date: '1 December 2026',
      deckUrl: 'https://example.org/?deck=a,b,c',
      slides: [slide(1), slide(2), slide(3)],
    });
    const files = unzipSync(bytes);
    const slides = numbered(files, 'ppt/slides/slide');
    expect(slides).toHaveLength(4);
    expect(texts(slides[0] as string)).toContain('Your presentation');
    expect(texts(slides[0] as string)).toContain('1 December 2026');
    expect(slides[0]).toContain('https://example.org/?deck=a,b,c'.replace(/&/g, '&amp;'));
    for (let i = 1; i <= 3; i++) {
      expect(texts(slides[i] as string)).toContain(`Finding ${i}: emissions fell by 40% & more`);
      expect(texts(slides[i] as string)).toContain(`Subtitle ${i}`);
    }
    const notes = numbered(files, 'ppt/notesSlides/notesSlide').map(texts);
    expect(notes).toHaveLength(4);
    for (let i = 1; i <= 3; i++) {
      expect(notes[i]).toContain(`Caveat ${i}`);
      expect(notes[i]).toContain(`#c${i}`);
      expect(notes[i]).toContain('Open Government Licence v3.0');
    }
    // Each line of the notes is a paragraph of its own, not one run-on line.
    const notesXml = numbered(files, 'ppt/notesSlides/notesSlide');
    expect(notesXml[1]).not.toMatch(/<a:t>[^<]*[\r\n][^<]*<\/a:t>/);
    expect((notesXml[1] as string).match(/<a:p>/g)?.length).toBeGreaterThanOrEqual(3);
    // Each chart slide carries its picture; 16:9 slide size (EMU).
    expect(Object.keys(files).filter((f) => f.startsWith('ppt/media/') && f.endsWith('.png'))).toHaveLength(3);
    expect(strFromU8(files['ppt/presentation.xml'] as Uint8Array)).toMatch(/<p:sldSz cx="9144000" cy="5143500"/);
  }, 30_000);

  test('an empty deck is refused with a message, not an empty file', async () => {
    await expect(deckToPptx({ title: 't', date: 'd', deckUrl: 'u', slides: [] })).rejects.toThrow(/no slides/);
  });

  test('base64 of bytes matches the platform encoder, across chunk boundaries', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);
    expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
