import { useLayoutEffect, useRef } from 'react';

/** Scrolled this far, the header turns compact; back above `EXPAND_AT`, it opens again (no flicker in between). */
const COMPACT_AT = 64;
const EXPAND_AT = 8;

/**
 * The page header stays on screen (CSS `position: sticky`), compact once the
 * reader scrolls. Its height is published as `--ee-header-h`, so a card
 * reached by `#<chart>` and a table's sticky header both sit below it.
 */
export function useStickyHeader<T extends HTMLElement>(): React.RefObject<T> {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const root = document.documentElement;
    const publish = () => root.style.setProperty('--ee-header-h', `${Math.ceil(el.getBoundingClientRect().height)}px`);
    // The header keeps its place in the flow when it shrinks (a bottom margin makes up the difference), so the page
    // under it does not move: no jump, and scroll anchoring leaves the reader's scroll position as it was.
    const setCompact = (on: boolean) => {
      const before = el.getBoundingClientRect().height;
      el.dataset.compact = on ? 'true' : 'false';
      el.style.marginBottom = on ? `${Math.max(0, before - el.getBoundingClientRect().height)}px` : '';
    };
    const onScroll = () => {
      const compact = el.dataset.compact === 'true';
      if (!compact && window.scrollY > COMPACT_AT) setCompact(true);
      else if (compact && window.scrollY < EXPAND_AT) setCompact(false);
    };
    onScroll();
    publish();
    const ro = new ResizeObserver(publish);
    ro.observe(el);
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      ro.disconnect();
      window.removeEventListener('scroll', onScroll);
    };
  }, []);
  return ref;
}
