import workshop from 'virtual:workshop';
import { GRID_ROLES, GRID_STAGES, KEY_THEMES } from '../../datasets/schemas/workshopLists';
import { ChartBodyView } from '../ChartBodyView';
import { areaColour } from '../../units/colours';
import { useElementSize } from '../useElementSize';
import { actorLabel, countByActor, countByTheme, sortByCount } from '../workshop/filterWorkshop';
import { rankIdeas } from '../workshop/rankIdeas';
import { PROJECTOR_PALETTE } from './projectorPalette';
import type { WorkshopSlideSpec } from './workshopDeck';

/** Ideas per theme slide: as many as stay readable from the back of a room. */
export const IDEAS_PER_SLIDE = 5;

const total = workshop.ideas.length;

function headline(spec: WorkshopSlideSpec): string {
  switch (spec.kind) {
    case 'counts': {
      const rows = sortByCount(spec.by === 'theme' ? countByTheme(workshop.ideas) : countByActor(workshop.ideas));
      const top = rows[0];
      return top
        ? spec.by === 'theme'
          ? `${top.label} drew the most ideas: ${top.count} of the ${total} raised at the workshop.`
          : `Most ideas were for ${top.label.replace(/^The /, 'the ')}: ${top.count} of ${total}.`
        : 'No ideas.';
    }
    case 'grid':
      return 'Government can act in many roles, from champion to legislator.';
    case 'ideas': {
      const n = workshop.ideas.filter((i) => i.themes.includes(spec.theme)).length;
      return `${KEY_THEMES.find((t) => t.id === spec.theme)?.label ?? spec.theme}: the most-raised of its ${n} ideas.`;
    }
  }
}

function Counts({ by, fontSize }: { by: 'theme' | 'actor'; fontSize: number }) {
  const [ref, size] = useElementSize<HTMLDivElement>();
  const rows = sortByCount(by === 'theme' ? countByTheme(workshop.ideas) : countByActor(workshop.ideas));
  return (
    <div ref={ref} className="ee-slide-chart">
      <ChartBodyView
        body={{
          kind: 'bar',
          rows: rows.map((r) => ({ label: r.label.replace(/^The c/, 'C'), value: r.count, highlight: r.id !== '' })),
          unit: 'count',
          color: areaColour('woe'),
        }}
        width={size.width}
        height={size.height}
        palette={PROJECTOR_PALETTE}
        label={by === 'theme' ? 'Ideas by key theme' : 'Ideas by who can act'}
        fontSize={fontSize}
      />
    </div>
  );
}

function Grid() {
  const cell = (role: string, stage: string) => workshop.grid.find((c) => c.role === role && c.stage === stage);
  return (
    <table className="ee-slide-grid">
      <caption className="ee-visually-hidden">Styles of government action: roles by stage</caption>
      <thead>
        <tr>
          <th scope="col">Government as a …</th>
          {GRID_STAGES.map((s) => (
            <th key={s} scope="col">
              {workshop.grid.find((c) => c.stage === s)?.stageLabel ?? s}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {GRID_ROLES.map((role) => (
          <tr key={role}>
            <th scope="row">{workshop.grid.find((c) => c.role === role)?.roleLabel ?? role}</th>
            {GRID_STAGES.map((stage) => (
              <td key={stage}>{cell(role, stage)?.name}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** "Raised 2 times · for the combined authority (WECA)": "across the themes" is a list of the write-up, not someone who acts. */
function ideaMeta(mentions: number, actors: readonly string[]): string {
  const who = actors
    .filter((a) => a !== 'across-the-themes')
    .map((a) => actorLabel(a).replace(/^The /, 'the ').toLowerCase().replace('(weca)', '(WECA)'));
  return [mentions > 1 ? `Raised ${mentions} times` : 'Raised once', who.length ? `for ${who.join(' and ')}` : '']
    .filter(Boolean)
    .join(' · ');
}

function Ideas({ theme }: { theme: string }) {
  const ideas = rankIdeas(workshop.ideas.filter((i) => i.themes.includes(theme as (typeof i.themes)[number]))).slice(0, IDEAS_PER_SLIDE);
  return (
    <ol className="ee-slide-ideas">
      {ideas.map((idea) => (
        <li key={idea.key}>
          {idea.text} <span className="ee-slide-idea-meta">{ideaMeta(idea.mentions, idea.actors)}</span>
        </li>
      ))}
    </ol>
  );
}

/** One slide of the Workshop deck, in the same frame as a chart slide: headline, content, what it shows, source. */
export default function WorkshopSlide({
  spec,
  index,
  count,
  fontSize,
}: {
  spec: WorkshopSlideSpec;
  index: number;
  count: number;
  fontSize: number;
}) {
  return (
    <section
      className="ee-slide ee-slide--workshop"
      aria-roledescription="slide"
      aria-label={`Slide ${index} of ${count}: ${spec.title}`}
      data-slide={spec.id}
    >
      <h2 className="ee-slide-headline">{headline(spec)}</h2>
      {spec.kind === 'counts' && <Counts by={spec.by} fontSize={fontSize} />}
      {spec.kind === 'grid' && <Grid />}
      {spec.kind === 'ideas' && <Ideas theme={spec.theme} />}
      <p className="ee-slide-subtitle">
        <strong>{spec.title}.</strong>{' '}
        {spec.kind === 'counts'
          ? `Number of the ${total} ideas from the Local Industrial Strategy Lab. An idea may count under several ${spec.by === 'theme' ? 'themes (tagged by this project)' : 'groups'}.`
          : spec.kind === 'grid'
            ? 'The workshop’s grid of the ways government can act, from early stage to developing.'
            : 'Ideas as written, the most often raised first; themes tagged by this project.'}
      </p>
      <p className="ee-slide-source">Source: Cabinet Office Policy Lab, Local Industrial Strategy Lab write-up (March 2019).</p>
    </section>
  );
}
