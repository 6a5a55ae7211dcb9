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

declare module 'virtual:compare' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const compare: import('./series/compare/buildCompare').Compare;
  export default compare;
}

declare module 'virtual:theme.css';
