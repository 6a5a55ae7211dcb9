import { IDEA_LISTS } from '../../datasets/schemas/workshopLists';
import type { Idea } from './filterWorkshop';
import { actorLabel, themeLabel } from './filterWorkshop';

const heading = (list: string) => IDEA_LISTS.find((l) => l.id === list)?.heading ?? list;

/** The ideas, as written, each with how often and where it was raised and the project's theme tags. */
export function IdeaList({ ideas }: { ideas: readonly Idea[] }) {
  if (ideas.length === 0) return <p className="ee-empty">No idea matches. Try fewer words or another filter.</p>;
  return (
    <ol className="ee-ideas">
      {ideas.map((idea) => (
        <li key={idea.key}>
          <p className="ee-idea-text">{idea.text}</p>
          <p className="ee-idea-meta">
            {idea.mentions > 1 && <span className="ee-badge">Raised {idea.mentions} times</span>}
            <span>For: {idea.actors.map(actorLabel).join('; ')}</span>
            {idea.themes.length > 0 && <span>Themes (tagged by the project): {idea.themes.map(themeLabel).join('; ')}</span>}
          </p>
          <details className="ee-idea-places">
            <summary>Where it was raised</summary>
            <ul>
              {idea.places.map((p) => (
                <li key={p.mentionId}>
                  {heading(p.list)}, item {p.position}
                  {p.text !== idea.text && <>: “{p.text}”</>}
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ol>
  );
}
