import type { ReactNode, RefObject } from 'react';
import { useEffect, useRef, useState } from 'react';

interface Props {
  readonly label: string;
  /** Names the menu for styles and tests: "ee-download", say. */
  readonly className: string;
  /** Items (<li>s) that need JavaScript, drawn only while the menu is open: a closed menu carries none of their nodes. */
  readonly children: () => ReactNode;
  /** Items that work without JavaScript (plain links): always there, after the others. */
  readonly links?: ReactNode;
  readonly menuRef?: RefObject<HTMLDetailsElement>;
}

/**
 * A card's drop-down menu: a disclosure that closes again once an item is
 * chosen, on a click anywhere else and on Escape (focus back on its button).
 */
export function Menu({ label, className, children, links, menuRef }: Props) {
  const own = useRef<HTMLDetailsElement>(null);
  const ref = menuRef ?? own;
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      const menu = ref.current;
      if (!menu || (e.target instanceof Node && menu.contains(e.target))) return;
      menu.open = false;
    };
    const escape = (e: KeyboardEvent) => {
      const menu = ref.current;
      if (e.key !== 'Escape' || !menu) return;
      menu.open = false;
      menu.querySelector('summary')?.focus();
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('focusin', close);
    document.addEventListener('keydown', escape);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('focusin', close);
      document.removeEventListener('keydown', escape);
    };
  }, [open, ref]);
  return (
    <details className={`ee-menu ${className}`} ref={ref} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="ee-button">{label}</summary>
      {(open || links !== undefined) && (
        <ul
          onClick={(e) => {
            if (ref.current && e.target instanceof Element && e.target.closest('button, a')) ref.current.open = false;
          }}
        >
          {open && children()}
          {links}
        </ul>
      )}
    </details>
  );
}
