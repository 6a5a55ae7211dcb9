import { useEffect, useState } from 'react';
import type { TabId } from '../datasets/tabIds';
import { loadTabData, tabDataLoaded } from '../series/chartData';

/**
 * Whether the tab's charts' data is in. A tab opened in the page waits for its
 * data before it switches (App `open`); one reached otherwise (back, forward)
 * renders once its module has arrived.
 */
export function useTabData(tab: TabId): boolean {
  const [, setVersion] = useState(0);
  const ready = tabDataLoaded(tab);
  useEffect(() => {
    if (ready) return;
    let live = true;
    void loadTabData(tab).then(() => live && setVersion((v) => v + 1));
    return () => {
      live = false;
    };
  }, [tab, ready]);
  return ready;
}
