// Relative imports are not allowed inside an ambient module declaration, hence import().
declare module 'virtual:evidence' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports
  const evidence: import('./series/buildEvidence').Evidence;
  export default evidence;
}

declare module 'virtual:theme.css';
