import workshop from 'virtual:workshop';
import { useMemo, useState } from 'react';
import { BarChart } from '../../charts/BarChart';
import { LIVE_PALETTE, paint } from '../../themes/palette';
import { IDEA_ACTORS, KEY_THEMES } from '../../datasets/schemas/workshopLists';
import type { ChartChoices } from '../../units/choices';
import { useActions, useChartChoices } from '../../state/store';
import { areaColour } from '../../units/colours';
import { useElementWidth } from '../useElementWidth';
import { ActionGrid } from './ActionGrid';
import { actorLabel, countByActor, countByTheme, filterChallenges, filterIdeas, sortByCount, themeLabel } from './filterWorkshop';
import { IdeaList } from './IdeaList';
import { rankIdeas } from './rankIdeas';

/** Ideas listed before "Show all": the most raised, a page that reads in a minute. */
export const IDEAS_FIRST_SHOWN = 10;

const WORKSHOP_ID = 'workshop';

/**
 * The Policy Lab workshop (March 2019) as evidence: its emerging themes, the
 * challenges by theme and the ideas by who can act, searchable and filterable,
 * with counts that filter when clicked, the styles of government action grid,
 * and a download of the ideas listed. Every text is the write-up's own.
 */
export function WorkshopTab() {
  const stored = useChartChoices(WORKSHOP_ID);
  const choices: ChartChoices = useMemo(() => stored ?? {}, [stored]);
  const { chooseOption, resetChart } = useActions();
  const set = <K extends keyof ChartChoices>(k: K, v: ChartChoices[K]) => chooseOption(WORKSHOP_ID, k, v);
  const { q, keyTheme, actor } = choices;
  const filter = useMemo(() => ({ q, keyTheme, actor }), [q, keyTheme, actor]);
  const ideas = useMemo(() => filterIdeas(workshop.ideas, filter), [filter]);
  const challenges = useMemo(() => filterChallenges(workshop.challenges, filter), [filter]);
  const ranked = useMemo(() => rankIdeas(ideas), [ideas]);
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? ranked : ranked.slice(0, IDEAS_FIRST_SHOWN);
  // Each count chart shows the other filters' effect, so clicking a bar narrows the list.
  // Largest first: a count chart ranks.
  const byTheme = sortByCount(countByTheme(filterIdeas(workshop.ideas, { ...filter, keyTheme: undefined })));
  const byActor = sortByCount(countByActor(filterIdeas(workshop.ideas, { ...filter, actor: undefined })));
  const [themeRef, themeWidth] = useElementWidth<HTMLDivElement>();
  const [actorRef, actorWidth] = useElementWidth<HTMLDivElement>();
  const [status, setStatus] = useState('');
  const filtered = Boolean(choices.q || choices.keyTheme || choices.actor);

  const download = async () => {
    const { downloadIdeas } = await import('./downloadIdeas');
    try {
      downloadIdeas(ranked, filter, window.location.href);
      setStatus(`${ideas.length} ideas downloaded`);
    } catch (e) {
      setStatus(`Download failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <div className="ee-workshop">
      <section aria-labelledby="ws-themes">
        <h2 id="ws-themes">Emerging themes from across the day</h2>
        <ul className="ee-ws-themes">
          {workshop.themes.map((t) => (
            <li key={t.id}>
              <strong>{t.title}:</strong> {t.description}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="ws-explore" className="ee-card ee-ws-explore">
        <h2 id="ws-explore">Search the challenges and ideas</h2>
        <div className="ee-controls">
          <label className="ee-search">
            <span>Search</span>
            <input
              type="search"
              value={choices.q ?? ''}
              onChange={(e) => set('q', Array.from(e.target.value).slice(0, 100).join('') || undefined)}
              placeholder="e.g. transport, skills, brand"
            />
          </label>
          <label className="ee-select">
            <span>Theme</span>
            <select value={choices.keyTheme ?? ''} onChange={(e) => set('keyTheme', e.target.value || undefined)}>
              <option value="">All themes</option>
              {KEY_THEMES.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.label}
                </option>
              ))}
            </select>
          </label>
          <label className="ee-select">
            <span>Who can act</span>
            <select value={choices.actor ?? ''} onChange={(e) => set('actor', e.target.value || undefined)}>
              <option value="">Everyone</option>
              {IDEA_ACTORS.map((a) => (
                <option key={a.id} value={a.id}>
                  {actorLabel(a.id)}
                </option>
              ))}
            </select>
          </label>
          {filtered && (
            <button type="button" className="ee-button" onClick={() => resetChart(WORKSHOP_ID)}>
              Reset
            </button>
          )}
        </div>
        <p className="ee-ws-summary" role="status" aria-live="polite">
          {ideas.length} idea{ideas.length === 1 ? '' : 's'}
          {choices.actor ? ` for ${actorLabel(choices.actor)}` : ''} and {challenges.length} challenge{challenges.length === 1 ? '' : 's'}
          {choices.keyTheme ? ` on ${themeLabel(choices.keyTheme)}` : ''}
          {choices.q ? ` matching “${choices.q}”` : ''}.
        </p>
        <div className="ee-ws-counts">
          <figure className="ee-figure">
            <figcaption className="ee-ws-count-title">Ideas by theme (click a bar to filter)</figcaption>
            <div ref={themeRef}>
              <BarChart
                rows={byTheme.map((t) => ({ label: t.label, value: t.count, highlight: !choices.keyTheme || choices.keyTheme === t.id }))}
                width={themeWidth}
                unit="count"
                color={paint(LIVE_PALETTE, areaColour('woe'))}
                dimColor={LIVE_PALETTE.dim}
                palette={LIVE_PALETTE}
                label="Ideas by theme"
                onSelect={(label) => {
                  const id = byTheme.find((t) => t.label === label)?.id;
                  if (id) set('keyTheme', choices.keyTheme === id ? undefined : id);
                }}
              />
            </div>
          </figure>
          <figure className="ee-figure">
            <figcaption className="ee-ws-count-title">Ideas by who can act (click a bar to filter)</figcaption>
            <div ref={actorRef}>
              <BarChart
                rows={byActor.map((a) => ({ label: a.label, value: a.count, highlight: !choices.actor || choices.actor === a.id }))}
                width={actorWidth}
                unit="count"
                color={paint(LIVE_PALETTE, areaColour('woe'))}
                dimColor={LIVE_PALETTE.dim}
                palette={LIVE_PALETTE}
                label="Ideas by who can act"
                onSelect={(label) => {
                  const id = byActor.find((a) => a.label === label)?.id;
                  if (id) set('actor', choices.actor === id ? undefined : id);
                }}
              />
            </div>
          </figure>
        </div>
        <p className="ee-source">
          Themes are tagged on ideas by this project, not by the workshop: a reviewable judgement, recorded in
          data/workshop-idea-themes.csv. An idea raised by several groups counts once for each.
        </p>
      </section>

      <section aria-labelledby="ws-challenges">
        <h2 id="ws-challenges">Challenges: “How can we…”</h2>
        {challenges.length === 0 && <p className="ee-empty">No challenge matches.</p>}
        {KEY_THEMES.filter((t) => (!choices.keyTheme || choices.keyTheme === t.id) && challenges.some((c) => c.theme === t.id)).map((t) => {
          const list = challenges.filter((c) => c.theme === t.id);
          return (
            <div key={t.id} className="ee-ws-group">
              <h3>
                {t.label} challenges <span className="ee-count">({list.length})</span>
              </h3>
              <ul>
                {list.map((c) => (
                  <li key={c.id}>{c.text}</li>
                ))}
              </ul>
            </div>
          );
        })}
      </section>

      <section aria-labelledby="ws-ideas">
        <div className="ee-ws-heading">
          <h2 id="ws-ideas">Ideas ({ideas.length})</h2>
          <button type="button" className="ee-button" onClick={() => void download()}>
            Download these ideas (CSV)
          </button>
          <span className="ee-status" role="status">
            {status}
          </span>
        </div>
        {ideas.length > 0 && (
          <p className="ee-ws-shown">
            {shown.length < ideas.length
              ? `The ${shown.length} raised most often of ${ideas.length}, most raised first.`
              : `All ${ideas.length}, most raised first.`}
          </p>
        )}
        <IdeaList ideas={shown} />
        {ideas.length > IDEAS_FIRST_SHOWN && (
          <button type="button" className="ee-button ee-ws-more" aria-expanded={showAll} onClick={() => setShowAll((v) => !v)}>
            {showAll ? `Show the ${IDEAS_FIRST_SHOWN} most raised` : `Show all (${ideas.length})`}
          </button>
        )}
      </section>

      <section aria-labelledby="ws-grid">
        <h2 id="ws-grid">Styles of government action</h2>
        <p>What roles can different actors play? The workshop’s grid of the ways government can act, from early stage to developing.</p>
        <ActionGrid grid={workshop.grid} />
      </section>

      <footer className="ee-source">
        <p>
          <span className="ee-source-label">Source: </span>Cabinet Office Policy Lab, Local Industrial Strategy Lab write-up (March 2019).
          Text as written; typography tidied.
        </p>
      </footer>
    </div>
  );
}
