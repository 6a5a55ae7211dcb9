import type { SourceCard } from '../series/buildEvidence';

/** Source line with licence attribution, then notes and caveats behind a disclosure. */
export function SourceNote({ sources, notes }: { sources: readonly SourceCard[]; notes: readonly string[] }) {
  const caveats = sources.flatMap((s) => s.caveats.map((c) => ({ c, s: s.title })));
  return (
    <footer className="ee-source">
      <p>
        <span className="ee-source-label">Source: </span>
        {sources.map((s, i) => (
          // One text node each: no separators for React to mark between parts.
          <span key={s.id}>{`${i > 0 ? '; ' : ''}${s.source} (${s.vintage})`}</span>
        ))}
        {'. '}
        {[...new Set(sources.map((s) => s.licence))].includes('Open Government Licence v3.0') && (
          <span className="ee-licence">Contains public sector information licensed under the Open Government Licence v3.0.</span>
        )}
      </p>
      {(notes.length > 0 || caveats.length > 0) && (
        <details className="ee-notes">
          <summary>Notes and caveats</summary>
          <ul>
            {notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
            {caveats.map(({ c, s }) => (
              <li key={`${s}:${c}`}>
                <span className="ee-caveat-source">{`${s}: `}</span>
                {c}
              </li>
            ))}
          </ul>
        </details>
      )}
    </footer>
  );
}
