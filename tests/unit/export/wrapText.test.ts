import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/export/wrapText';

describe('wrapText', () => {
  it('breaks between words, filling each line as far as it goes', () => {
    expect(wrapText('the quick brown fox jumps over the lazy dog', 15)).toEqual(['the quick brown', 'fox jumps over', 'the lazy dog']);
  });

  it('cuts a word longer than a line (a URL) into line-sized pieces', () => {
    expect(wrapText('see abcdefghijklmnopqrstuvwxy', 10)).toEqual(['see', 'abcdefghij', 'klmnopqrst', 'uvwxy']);
  });

  it('cuts a long URL after a "/", "&" or "=" where one falls in the second half of a line', () => {
    expect(wrapText('https://example.org/evidence/#tab=innovation&chart=income', 24)).toEqual([
      'https://example.org/',
      'evidence/#tab=',
      'innovation&chart=income',
    ]);
  });

  it('can leave a long word whole, on a line of its own, for plain text where a URL must survive', () => {
    expect(wrapText('see https://example.org/abcdefghij now', 10, false)).toEqual(['see', 'https://example.org/abcdefghij', 'now']);
  });

  it('counts characters, not UTF-16 units: "£" and "😀" are one each', () => {
    expect(wrapText('££££ 😀😀😀😀', 4)).toEqual(['££££', '😀😀😀😀']);
  });

  it('collapses whitespace, and gives no lines for empty text', () => {
    expect(wrapText('  a \n\t b  ', 10)).toEqual(['a b']);
    expect(wrapText('   ', 10)).toEqual([]);
  });

  it('never exceeds the width and loses no words (300 random cases)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '£') }), fc.integer({ min: 1, max: 30 }), (text, max) => {
        const lines = wrapText(text, max);
        for (const l of lines) expect(Array.from(l).length).toBeLessThanOrEqual(max);
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
      { numRuns: 300 },
    );
  });
});
