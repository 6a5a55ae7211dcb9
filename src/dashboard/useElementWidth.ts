import { useLayoutEffect, useRef, useState } from 'react';

/** Width a chart draws at before it is measured (server rendering): the SVG viewBox scales it to fit. */
export const DEFAULT_WIDTH = 640;

/** Measure an element's content width with a ResizeObserver; the chart re-lays out when it changes. */
export function useElementWidth<T extends HTMLElement>(): [React.RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(DEFAULT_WIDTH);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const w = Math.floor(el.getBoundingClientRect().width);
      if (w > 0) setWidth(w);
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return [ref, width];
}
