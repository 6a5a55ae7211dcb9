/**
 * A deterministic beeswarm: dots of radius `r` at their x, each pushed to the
 * nearest free y offset (0, then alternately above and below) where it
 * touches no dot already placed. Same input, same picture: no randomness, no
 * simulation. Points are placed in order of x (ties by index); each is
 * checked only against the placed dots within 2r along x, found from a
 * moving start (the placed dots are in x order too): about n·k for k
 * neighbours, not n², as 296 authorities hydrate.
 */
export function beeswarm(xs: readonly number[], r: number): number[] {
  const order = xs.map((x, i) => ({ x, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const ys = new Array<number>(xs.length).fill(0);
  const placed: { x: number; y: number }[] = [];
  const d2 = (2 * r) ** 2 - 1e-9;
  let start = 0;
  for (const p of order) {
    // Only dots within 2r along x can touch this one; placed ones are sorted by x, so those before `start` never will again.
    while (start < placed.length && p.x - (placed[start] as { x: number }).x >= 2 * r) start++;
    const near = placed.slice(start);
    // Candidate offsets: 0 and every height where it just touches a near dot.
    const candidates = [0];
    for (const q of near) {
      const dy = Math.sqrt(Math.max(0, (2 * r) ** 2 - (p.x - q.x) ** 2));
      candidates.push(q.y + dy, q.y - dy);
    }
    candidates.sort((a, b) => Math.abs(a) - Math.abs(b) || b - a);
    const y = candidates.find((c) => near.every((q) => (p.x - q.x) ** 2 + (c - q.y) ** 2 >= d2)) ?? 0;
    ys[p.i] = y;
    placed.push({ x: p.x, y });
  }
  return ys;
}
