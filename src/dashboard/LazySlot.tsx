import type { ComponentType, ReactNode } from 'react';
import { useEffect, useState } from 'react';

/** A component in a chunk of its own: fetched once, and kept once in. */
export interface LazyComponent<P> {
  /** Fetch it (once; later calls share the first). */
  readonly load: () => Promise<ComponentType<P>>;
  /** It, if in. */
  readonly current: () => ComponentType<P> | null;
}

export function lazyComponent<P>(fetch: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  return {
    load: () => (loading ??= fetch().then((c) => (loaded = c))),
    current: () => loaded,
  };
}

/**
 * A lazy component, drawn at once when its chunk is in (in the same commit:
 * no React.lazy, which suspends once even for a module already loaded, so no
 * Suspense fallback and its reveal throttle); otherwise `fallback` until it
 * arrives.
 */
export function LazySlot<P extends object>({ of, props, fallback = null }: { of: LazyComponent<P>; props: P; fallback?: ReactNode }) {
  const [Component, setComponent] = useState<ComponentType<P> | null>(() => of.current());
  useEffect(() => {
    if (Component) return;
    let live = true;
    void of.load().then((c) => live && setComponent(() => c));
    return () => {
      live = false;
    };
  }, [Component, of]);
  return Component ? <Component {...props} /> : fallback;
}
