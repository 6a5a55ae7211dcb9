// Relative imports are not allowed inside an ambient module declaration, hence import().
declare module 'virtual:evidence' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const evidence: import('./series/splitEvidence').MainEvidence;
  export default evidence;
}

declare module 'virtual:workshop' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const workshop: import('./series/splitEvidence').WorkshopEvidence;
  export default workshop;
}

declare module 'virtual:evidence-tabs' {
  /** Each tab's loader of its charts' data (keyed by chart id). */
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const loaders: Readonly<Record<string, () => Promise<{ default: import('./series/chartData').TabData }>>>;
  export default loaders;
}

declare module 'virtual:evidence-*' {
  /** One tab's charts' data, keyed by chart id, and their sources, keyed by dataset id (virtual:evidence-<tab>). */
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const tab: import('./series/chartData').TabData;
  export default tab;
}

declare module 'virtual:theme.css';
