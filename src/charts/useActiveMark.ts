import { useState } from 'react';
import type { FocusMark } from './marks';

/**
 * The mark under focus or pointer, kept by key and looked up in the current
 * marks on every render: after a filter change the tooltip shows the new
 * value, and a mark that is no longer drawn has no tooltip.
 */
export function useActiveMark(marks: readonly FocusMark[]): [FocusMark | undefined, (m: FocusMark | undefined) => void] {
  const [key, setKey] = useState<string>();
  const mark = key === undefined ? undefined : marks.find((m) => m.key === key);
  return [mark, (m) => setKey(m?.key)];
}
