import type { ChartChoices } from '../units/choices';
import type { ChartUnit } from '../units/unit';

/** A card's choices in words, for the README beside an export: "Sort by: Name; Years: 2008 to 2019". */
export function describeChoices(spec: ChartUnit, choices: ChartChoices): string {
  const parts: string[] = [];
  for (const c of spec.choices) {
    if (c.kind === 'segmented' || c.kind === 'select') {
      const v = choices[c.key];
      const label = c.options.find((o) => o.value === v)?.label;
      if (label) parts.push(`${c.label}: ${label}`);
    } else if (c.kind === 'areas') {
      const shown = c.options.filter((o) => (choices.areas ?? []).includes(o.value)).map((o) => o.label);
      parts.push(`${c.label}: ${shown.length ? shown.join(', ') : 'none'}`);
    } else if (c.kind === 'years') {
      parts.push(`${c.label}: ${choices.from ?? c.min} to ${choices.to ?? c.max}`);
    }
  }
  if (choices.hidden?.length) parts.push(`Hidden series: ${choices.hidden.join(', ')}`);
  return parts.join('; ') || 'Default view';
}
