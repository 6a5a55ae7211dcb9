import type { SourceCard } from '../../series/buildEvidence';

export interface DeckNotesInput {
  readonly title: string;
  readonly subtitle: string;
  readonly finding: string;
  /** The chart's choices in words ("" when none differ from its defaults). */
  readonly filters: string;
  readonly sources: readonly SourceCard[];
  /** Notes of the chart and of this view. */
  readonly notes: readonly string[];
  /** The link that reopens exactly this view. */
  readonly url: string;
}

/**
 * The speaker notes of one chart slide: everything a presenter needs to
 * answer "where is this from?" (each source with publisher, release, vintage,
 * licence and attribution, the caveats, the notes) and the link to the exact view.
 */
export function deckNotes(p: DeckNotesInput): string {
  const lines: string[] = [p.title, p.subtitle, '', `Key finding: ${p.finding}`];
  if (p.filters) lines.push(`Choices: ${p.filters}`);
  lines.push('', `View online: ${p.url}`, '', 'Sources');
  for (const s of p.sources) {
    lines.push(
      `- ${s.title}. ${s.publisher}, ${s.source}. Released ${s.released}; ${s.vintage}. Period: ${s.period}. Geography: ${s.geography}.`,
      `  Licence: ${s.licence}. ${s.attribution}`,
    );
    if (s.url) lines.push(`  ${s.url}`);
  }
  const caveats = p.sources.flatMap((s) => s.caveats.map((c) => `- ${s.title}: ${c}`));
  if (caveats.length) lines.push('', 'Caveats', ...caveats);
  if (p.notes.length) lines.push('', 'Notes', ...p.notes.map((n) => `- ${n}`));
  return lines.join('\n');
}
