import { startTransition, useLayoutEffect, useRef, useState } from 'react';

/** An element's content box, kept current with a ResizeObserver. */
export function useElementSize<T extends HTMLElement>(
  initial = { width: 1280, height: 560 },
): [React.RefObject<T>, { width: number; height: number }] {
  const ref = useRef<T>(null);
  const [size, setSize] = useState(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    // A new size redraws the charts as a transition: the drawing on screen (at first the server's, scaled by its
    // viewBox) stays meanwhile, and input is answered first. As the page hydrates, that is its first frame sooner.
    const measure = () =>
      startTransition(() => {
        const r = el.getBoundingClientRect();
        const width = Math.floor(r.width);
        const height = Math.floor(r.height);
        // Unchanged sizes keep the same object, so nothing re-renders.
        if (width > 0 && height > 0) setSize((s) => (s.width === width && s.height === height ? s : { width, height }));
      });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, size];
}
