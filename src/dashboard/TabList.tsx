import type { KeyboardEvent, MouseEvent } from 'react';
import { useEffect, useRef } from 'react';
import type { TabId } from '../datasets/tabIds';
import { TABS } from './tabs';

interface Props {
  readonly current: TabId;
  readonly hrefFor: (tab: TabId) => string;
  readonly onOpen: (tab: TabId) => void;
}

/**
 * The themes as a tablist. Each tab is also a link with its own address, so
 * it works without JavaScript and opens in a new window; arrow keys, Home and
 * End move between tabs and open them (automatic activation).
 */
export function TabList({ current, hrefFor, onOpen }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // On a phone the strip scrolls sideways: bring the current tab into it, on load and on every change.
  useEffect(() => {
    const list = ref.current;
    const tab = list?.querySelector<HTMLElement>('[aria-selected="true"]');
    if (!list || !tab || list.scrollWidth <= list.clientWidth) return;
    const left = tab.getBoundingClientRect().left - list.getBoundingClientRect().left + list.scrollLeft;
    if (left < list.scrollLeft || left + tab.offsetWidth > list.scrollLeft + list.clientWidth)
      list.scrollLeft = Math.max(0, left - (list.clientWidth - tab.offsetWidth) / 2);
  }, [current]);
  const move = (e: KeyboardEvent<HTMLAnchorElement>, i: number) => {
    const n = TABS.length;
    const to =
      e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i - 1 + n) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
    if (to < 0) return;
    e.preventDefault();
    const tab = TABS[to];
    if (!tab) return;
    onOpen(tab.id);
    ref.current?.querySelectorAll<HTMLAnchorElement>('[role="tab"]')[to]?.focus();
  };
  const click = (e: MouseEvent<HTMLAnchorElement>, tab: TabId) => {
    if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    onOpen(tab);
  };
  return (
    <div ref={ref} className="ee-tablist" role="tablist" aria-label="Themes of the strategy">
      {TABS.map((t, i) => (
        <a
          key={t.id}
          id={`tab-${t.id}`}
          role="tab"
          href={hrefFor(t.id)}
          aria-selected={t.id === current}
          aria-controls="panel"
          tabIndex={t.id === current ? 0 : -1}
          onKeyDown={(e) => move(e, i)}
          onClick={(e) => click(e, t.id)}
        >
          {t.label}
        </a>
      ))}
    </div>
  );
}
