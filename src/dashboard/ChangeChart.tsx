import { useState } from 'react';
import type { ChartChoices } from '../units/choices';
import type { ChoiceDecl, LegendItem } from '../units/unit';
import { choiceSummary } from './choiceLayout';
import { Controls } from './Controls';

interface Props {
  readonly chartId: string;
  /** The choices behind the disclosure. */
  readonly panel: readonly ChoiceDecl[];
  readonly chosen: ChartChoices;
  readonly onChoose: <K extends keyof ChartChoices>(key: K, value: ChartChoices[K]) => void;
  readonly showItems: readonly LegendItem[];
  readonly onToggleSeries: (id: string) => void;
}

/**
 * One "Change chart" button for a card's many choices, with what is chosen
 * written beside it. The controls are drawn only once opened: a closed card
 * carries none of their nodes (they need JavaScript anyway).
 */
export function ChangeChart({ chartId, panel, chosen, onChoose, showItems, onToggleSeries }: Props) {
  const [open, setOpen] = useState(false);
  const id = `${chartId}-choices`;
  return (
    <>
      <div className="ee-change">
        <button type="button" className="ee-button ee-change-button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          Change chart
        </button>
        <span className="ee-change-summary">{choiceSummary(panel, chosen)}</span>
      </div>
      <div id={id} className="ee-change-panel" hidden={!open}>
        {open && (
          <Controls
            chartId={chartId}
            choices={panel}
            chosen={chosen}
            onChoose={onChoose}
            showItems={showItems}
            onToggleSeries={onToggleSeries}
          />
        )}
      </div>
    </>
  );
}
