import { useElementSize } from './useElementSize';

/** Width a chart draws at before it is measured (server rendering): the SVG viewBox scales it to fit. */
export const DEFAULT_WIDTH = 640;

/** An element's content width, kept current with a ResizeObserver; the chart re-lays out when it changes. */
export function useElementWidth<T extends HTMLElement>(): [React.RefObject<T>, number] {
  const [ref, size] = useElementSize<T>({ width: DEFAULT_WIDTH, height: 0 });
  return [ref, size.width];
}
