import evidence from 'virtual:evidence';
import type { KeyThemeId } from '../datasets/schemas/workshopLists';
import { KEY_THEMES } from '../datasets/schemas/workshopLists';

interface Props {
  readonly theme: KeyThemeId;
  /** Link to the Workshop tab, filtered to this theme. */
  readonly href: string;
  readonly onOpen: (e: React.MouseEvent) => void;
}

/** Beneath a theme's charts: what the workshop said about it, in its own words. */
export function WorkshopSummary({ theme, href, onOpen }: Props) {
  const s = evidence.workshopSummary[theme];
  const label = KEY_THEMES.find((t) => t.id === theme)?.label ?? theme;
  return (
    <section className="ee-card ee-ws-summary-card" aria-labelledby={`ws-${theme}`}>
      <h2 id={`ws-${theme}`}>From the workshop: {label}</h2>
      <div className="ee-ws-summary-cols">
        <div>
          <h3>Challenges: “How can we…”</h3>
          <ul>
            {s.challenges.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
        <div>
          <h3>Most-mentioned ideas</h3>
          <ol>
            {s.topIdeas.map((i) => (
              <li key={i.text}>
                {i.text}
                {i.mentions > 1 && <span className="ee-badge">Raised {i.mentions} times</span>}
              </li>
            ))}
          </ol>
          <p className="ee-source">Ideas are matched to themes by this project, not by the workshop.</p>
        </div>
      </div>
      <p>
        <a href={href} onClick={onOpen}>
          All {label.toLowerCase()} challenges and ideas on the Workshop tab
        </a>
      </p>
      <p className="ee-source">Source: Cabinet Office Policy Lab, Local Industrial Strategy Lab write-up (March 2019).</p>
    </section>
  );
}
