import evidence from 'virtual:evidence';

export function App() {
  return (
    <main>
      <h1>Evidence Explorer</h1>
      <p>The West of England Local Industrial Strategy evidence base.</p>
      <h2>Datasets</h2>
      <ul>
        {Object.values(evidence.sources).map((s) => (
          <li key={s.id}>
            {s.title} <small>({s.vintage})</small>
          </li>
        ))}
      </ul>
    </main>
  );
}
