/** Placeholder until prerendering lands (performance issue): nothing to do yet. */
export async function prerender(_: { root: string; outDir: string; base: string }): Promise<void> {}
