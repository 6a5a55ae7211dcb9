import type { ChartChoices } from '../state/choices';
import type { Control } from './spec';

interface Props {
  /** Names the radio groups: unique per card, the same on server and client. */
  readonly chartId: string;
  readonly controls: readonly Control[];
  readonly choices: ChartChoices;
  readonly onChoose: <K extends keyof ChartChoices>(key: K, value: ChartChoices[K]) => void;
}

/** A card's filters: segmented controls (radio groups), checkbox groups and selects. */
export function Controls({ chartId, controls, choices, onChoose }: Props) {
  return (
    <div className="ee-controls">
      {controls.map((c, k) => {
        if (c.type === 'segmented') {
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
        if (c.type === 'checkboxes') {
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
        if (c.type === 'select') {
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
        return null;
      })}
    </div>
  );
}
