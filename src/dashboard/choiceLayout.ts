import type { ChartChoices } from '../units/choices';
import type { ChartBody, ChoiceDecl, LegendItem } from '../units/unit';

/**
 * Where a card's declared choices go, so the chart starts near the top of the card:
 * a select is one compact control and stays in the card's tool row, as does a lone
 * segmented control; everything else (several segmented controls, area ticks, years,
 * series to show) waits behind one "Change chart" disclosure.
 */
export function splitChoices(declared: readonly ChoiceDecl[]): { inline: ChoiceDecl[]; panel: ChoiceDecl[] } {
  const shown = declared.filter((c) => c.kind !== 'hide');
  const lone = shown.length === 1 && !declared.some((c) => c.kind === 'hide');
  const inline: ChoiceDecl[] = shown.filter((c) => c.kind === 'select' || (c.kind === 'segmented' && lone));
  return { inline, panel: declared.filter((c) => !inline.includes(c)) };
}

/** Lines and slopes name their series at the end of each: a legend would say it twice. */
export function labelsDirectly(body: ChartBody): boolean {
  return body.kind === 'line' || body.kind === 'slope';
}

/**
 * The series a "Lines" group offers: those the chart can hide, less those an
 * area choice already adds and removes (one way to hide a series, not two).
 */
export function showable(declared: readonly ChoiceDecl[], legend: readonly LegendItem[] | undefined): readonly LegendItem[] {
  const hide = declared.find((c) => c.kind === 'hide');
  if (!hide || !legend) return [];
  const chosenByArea = new Set(declared.flatMap((c) => (c.kind === 'areas' ? c.options.map((o) => o.value) : [])));
  return legend.filter((item) => hide.series.includes(item.id) && !chosenByArea.has(item.id));
}

/** What the closed disclosure says is chosen: "2025 release · Real GDP · 1998–2023". */
export function choiceSummary(panel: readonly ChoiceDecl[], chosen: ChartChoices): string {
  const parts: string[] = [];
  for (const c of panel) {
    if (c.kind === 'segmented' || c.kind === 'select') {
      const label = c.options.find((o) => o.value === String(chosen[c.key] ?? ''))?.label;
      if (label) parts.push(label);
    } else if (c.kind === 'areas') {
      const names = c.options.filter((o) => (chosen.areas ?? []).includes(o.value)).map((o) => o.label);
      const which = names.length === 0 ? 'none' : names.length <= 2 ? names.join(', ') : `${names.length} of ${c.options.length}`;
      parts.push(`${c.label}: ${which}`);
    } else if (c.kind === 'years') {
      parts.push(`${chosen.from ?? c.min}–${chosen.to ?? c.max}`);
    } else if (c.kind === 'hide' && (chosen.hidden?.length ?? 0) > 0) {
      parts.push(`${chosen.hidden?.length} hidden`);
    }
  }
  return parts.join(' · ');
}
