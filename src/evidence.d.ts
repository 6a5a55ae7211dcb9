declare module 'virtual:evidence' {
  import type { Evidence } from './series/buildEvidence';
  const evidence: Evidence;
  export default evidence;
}
