import { useEffect, useState } from 'react';
import { exportDate } from '../../export/exportDate';

/**
 * On paper only: when and from which address the briefing was printed, so a
 * printed page can be traced to the exact view. Filled in as printing starts
 * (the address carries every choice); the page numbers come from print.css.
 */
export function PrintMeta() {
  const [when, setWhen] = useState<{ date: string; url: string } | undefined>();
  useEffect(() => {
    const fill = () => setWhen({ date: exportDate(new Date()).long, url: window.location.href });
    fill();
    window.addEventListener('beforeprint', fill);
    return () => window.removeEventListener('beforeprint', fill);
  }, []);
  return (
    <p className="ee-print-meta">
      {when && (
        <>
          Printed {when.date} from <span className="ee-print-url">{when.url}</span>
        </>
      )}
    </p>
  );
}
