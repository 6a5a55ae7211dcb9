import { useRef } from 'react';

export type PrintLayout = 'one' | 'two';

/**
 * "Print": the tab as an A4 briefing (print.css does the layout), one chart a
 * page or two. The browser's own Print command gives the one-a-page version.
 */
export function PrintButton() {
  const menu = useRef<HTMLDetailsElement>(null);
  const print = (layout: PrintLayout) => {
    if (menu.current) menu.current.open = false;
    const root = document.documentElement;
    root.dataset.print = layout;
    const done = () => {
      delete root.dataset.print;
      window.removeEventListener('afterprint', done);
    };
    window.addEventListener('afterprint', done);
    window.print();
  };
  return (
    <details className="ee-menu ee-print-menu" ref={menu}>
      <summary className="ee-button">Print</summary>
      <ul>
        <li>
          <button type="button" onClick={() => print('one')}>
            One chart a page (A4)
          </button>
        </li>
        <li>
          <button type="button" onClick={() => print('two')}>
            Two charts a page (A4)
          </button>
        </li>
      </ul>
    </details>
  );
}
