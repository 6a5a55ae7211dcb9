/**
 * The key that decides whether two mentions of an idea in the Policy Lab
 * write-up are the same idea.
 *
 * Two mentions are the same idea when their words are the same, in the same
 * order, and they differ at most in:
 * - letter case ("Led by" / "led by");
 * - Unicode compatibility forms (NFKC: a non-breaking space, a ligature);
 * - quote marks and apostrophes, straight or curly, which are dropped
 *   ("student's" / "students'", "'good'" / "‘good’");
 * - punctuation (Unicode category P: . , ; : ! ? - – ( ) [ ] / % * and so on),
 *   which counts as a word break ("learn, and" / "learn and", a trailing full
 *   stop, "work/life" / "work / life");
 * - spacing.
 *
 * Nothing else is ignored: no stemming, no synonyms, no dropped words (a
 * leading "WECA to " is kept: no idea in the write-up needs it dropped to
 * match), so ideas that are merely similar stay apart. Symbols that are not
 * punctuation (">", "+", "£") are kept.
 */
const QUOTES = /['"`\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u2032\u2033]/g;
const PUNCTUATION = /\p{P}+/gu;

export function normaliseIdea(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(QUOTES, '').replace(PUNCTUATION, ' ').replace(/\s+/g, ' ').trim();
}
