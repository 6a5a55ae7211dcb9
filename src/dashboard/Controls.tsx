import type { ChartChoices } from '../units/choices';
import type { ChoiceDecl, LegendItem } from '../units/unit';
import { Swatch } from './Legend';

interface Props {
  /** Names the radio groups: unique per card, the same on server and client. */
  readonly chartId: string;
  /** The choices the chart declares. */
  readonly choices: readonly ChoiceDecl[];
  /** What is chosen now (defaults included). */
  readonly chosen: ChartChoices;
  readonly onChoose: <K extends keyof ChartChoices>(key: K, value: ChartChoices[K]) => void;
  /** The series a `hide` choice offers, with their keys; shown as ticks ("Lines"). */
  readonly showItems?: readonly LegendItem[];
  readonly onToggleSeries?: (id: string) => void;
}

/** A card's filters, drawn from its declared choices: segmented controls (radio groups), checkbox groups, selects, years, series to show. */
export function Controls({ chartId, choices: declared, chosen: choices, onChoose, showItems = [], onToggleSeries }: Props) {
  const controls = declared.filter((c) => c.kind !== 'hide' || (showItems.length > 0 && onToggleSeries));
  if (controls.length === 0) return null;
  return (
    <div className="ee-controls">
      {controls.map((c, k) => {
        if (c.kind === 'hide') {
          return (
            <fieldset key={k} className="ee-checks">
              <legend>Lines</legend>
              {showItems.map((item) => (
                <label key={item.id}>
                  <input type="checkbox" checked={!item.hidden} onChange={() => onToggleSeries?.(item.id)} />
                  <Swatch item={item} />
                  {item.label}
                </label>
              ))}
            </fieldset>
          );
        }
        if (c.kind === 'segmented') {
          const current = String(choices[c.key] ?? '');
          return (
            <fieldset key={k} className="ee-segmented">
              <legend>{c.label}</legend>
              {c.options.map((o) => (
                <label key={o.value} className={current === o.value ? 'ee-on' : undefined}>
                  <input
                    type="radio"
                    name={`${chartId}-${c.key}`}
                    value={o.value}
                    checked={current === o.value}
                    onChange={() => onChoose(c.key, o.value as never)}
                  />
                  {o.label}
                </label>
              ))}
            </fieldset>
          );
        }
        if (c.kind === 'areas') {
          const current = choices.areas ?? [];
          return (
            <fieldset key={k} className="ee-checks">
              <legend>{c.label}</legend>
              {c.options.map((o) => (
                <label key={o.value}>
                  <input
                    type="checkbox"
                    checked={current.includes(o.value)}
                    onChange={(e) => onChoose('areas', e.target.checked ? [...current, o.value] : current.filter((v) => v !== o.value))}
                  />
                  {o.label}
                </label>
              ))}
            </fieldset>
          );
        }
        if (c.kind === 'select') {
          return (
            <label key={k} className="ee-select">
              <span>{c.label}</span>
              <select value={String(choices[c.key] ?? '')} onChange={(e) => onChoose(c.key, e.target.value as never)}>
                {c.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          );
        }
        if (c.kind === 'years') {
          const years = Array.from({ length: c.max - c.min + 1 }, (_, i) => c.min + i);
          const from = choices.from ?? c.min;
          const to = choices.to ?? c.max;
          return (
            <fieldset key={k} className="ee-years">
              <legend>{c.label}</legend>
              <YearSelect
                label="From"
                value={from}
                years={years.filter((y) => y < to)}
                onChange={(y) => onChoose('from', y === c.min ? undefined : y)}
              />
              <YearSelect
                label="to"
                value={to}
                years={years.filter((y) => y > from)}
                onChange={(y) => onChoose('to', y === c.max ? undefined : y)}
              />
            </fieldset>
          );
        }
        return null;
      })}
    </div>
  );
}

/** One end of a year range. */
function YearSelect(props: { label: string; value: number; years: readonly number[]; onChange: (year: number) => void }) {
  return (
    <label>
      <span>{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {props.years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
