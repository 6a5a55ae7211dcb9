/** What a card shows when even its data could not be prepared: the rest of the page carries on. */
export function BrokenCard({ title }: { title: string }) {
  return (
    <article className="ee-card" aria-label={title}>
      <p className="ee-card-title">{title}</p>
      <p className="ee-chart-error" role="alert">
        This card could not be shown. The other charts are not affected.
      </p>
    </article>
  );
}
