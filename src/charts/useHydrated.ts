import { useSyncExternalStore } from 'react';

const never = () => () => {};

/**
 * False on the server and while hydrating, true once React owns the page:
 * for what only works with JavaScript (keyboard targets on chart marks), so
 * the prerendered HTML does not carry it.
 */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
