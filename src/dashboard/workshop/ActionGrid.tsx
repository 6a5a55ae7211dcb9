import { useState } from 'react';
import { GRID_ROLES, GRID_STAGES } from '../../datasets/schemas/workshopLists';

interface Cell {
  readonly role: string;
  readonly roleLabel: string;
  readonly roleDescription: string;
  readonly stage: string;
  readonly stageLabel: string;
  readonly name: string;
  readonly description: string;
}

/**
 * The styles of government action as an accessible table: roles down, stages
 * across. "Compact" keeps only the names, a grid that fits on one screen.
 */
export function ActionGrid({ grid }: { grid: readonly Cell[] }) {
  const [compact, setCompact] = useState(false);
  const cell = (role: string, stage: string) => grid.find((c) => c.role === role && c.stage === stage);
  const stages = GRID_STAGES.map((s) => grid.find((c) => c.stage === s)?.stageLabel ?? s);
  return (
    <div className="ee-grid-wrap">
      <button type="button" className="ee-button" aria-pressed={compact} onClick={() => setCompact((c) => !c)}>
        Compact
      </button>
      <div className="ee-table-wrap" tabIndex={0} role="region" aria-label="Styles of government action (table)">
        <table className={compact ? 'ee-table ee-action-grid ee-action-grid--compact' : 'ee-table ee-action-grid'}>
          <caption className="ee-visually-hidden">Styles of government action: roles by stage</caption>
          <thead>
            <tr>
              <th scope="col">Government as a …</th>
              {stages.map((s) => (
                <th key={s} scope="col">
                  {s}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {GRID_ROLES.map((role) => {
              const first = grid.find((c) => c.role === role);
              return (
                <tr key={role}>
                  <th scope="row">
                    {first?.roleLabel ?? role}
                    {!compact && <span className="ee-grid-desc">{first?.roleDescription}</span>}
                  </th>
                  {GRID_STAGES.map((stage, i) => {
                    const c = cell(role, stage);
                    return (
                      // The stage names the cell where a phone stacks the grid (CSS), as the column header cannot.
                      <td key={stage} data-stage={stages[i]}>
                        <strong>{c?.name}</strong>
                        {!compact && <span className="ee-grid-desc">{c?.description}</span>}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
