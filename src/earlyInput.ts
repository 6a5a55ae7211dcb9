import { THEME_NAMES } from './themes/themes';

/*
 * Input made before React owns the page is not lost. The prerendered page is
 * on screen long before hydration; until then this small listener, part of
 * the entry script, records what the reader does in it:
 *  - the theme select applies its theme at once (one attribute on <html>);
 *  - clicks on buttons and tabs are recorded (a tab link's navigation is
 *    held back: the tab opens in place once hydrated);
 *  - the latest value of each select, radio, checkbox and text box is kept.
 * Hydration reuses these very DOM nodes, so once React owns them `replay()`
 * repeats each input on its node and React's own handlers carry it out.
 */
type Recorded =
  | { readonly kind: 'click'; readonly el: HTMLElement }
  | { readonly kind: 'value'; readonly el: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement; readonly value: string }
  | { readonly kind: 'checked'; readonly el: HTMLInputElement; readonly checked: boolean };

export interface EarlyInput {
  /** Whether anything was recorded: the reader is waiting. */
  readonly pending: () => boolean;
  /** Stop listening: call just before hydrating, when React starts handling events itself. */
  readonly stop: () => void;
  /** Repeat what was recorded, in order, on the hydrated nodes. */
  readonly replay: () => void;
}

export function applyThemeChoice(html: HTMLElement, value: string): void {
  if ((THEME_NAMES as readonly string[]).includes(value)) html.dataset.theme = value;
  else if (value === 'auto') delete html.dataset.theme;
}

/** Set a form control's value past React's value tracker, so the event that follows reads as a change. */
function setNative(el: Element, prop: 'value' | 'checked', v: string | boolean): void {
  const proto = Object.getPrototypeOf(el) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, prop)?.set;
  if (setter) setter.call(el, v);
}

export function captureEarlyInput(root: HTMLElement, html: HTMLElement): EarlyInput {
  const log: Recorded[] = [];
  const record = (r: Recorded) => {
    // Only the latest state of a control matters; clicks all count.
    const i = r.kind === 'click' ? -1 : log.findIndex((x) => x.el === r.el && x.kind !== 'click');
    if (i >= 0) log.splice(i, 1);
    log.push(r);
  };
  const onClick = (e: MouseEvent) => {
    const target = e.target instanceof Element ? e.target : null;
    const el = target?.closest<HTMLElement>('button, a[role="tab"]');
    if (!el || !root.contains(el)) return;
    if (el instanceof HTMLAnchorElement) {
      if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return; // a new window: the browser's to handle
      e.preventDefault();
    }
    record({ kind: 'click', el });
  };
  const onInput = (e: Event) => {
    const el = e.target;
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
      if (e.type === 'change') record({ kind: 'checked', el, checked: el.checked });
    } else if (el instanceof HTMLSelectElement || el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      record({ kind: 'value', el, value: el.value });
      if (el.closest('.ee-theme-picker')) applyThemeChoice(html, el.value);
    }
  };
  root.addEventListener('click', onClick, true);
  root.addEventListener('input', onInput, true);
  root.addEventListener('change', onInput, true);
  return {
    pending: () => log.length > 0,
    stop: () => {
      root.removeEventListener('click', onClick, true);
      root.removeEventListener('input', onInput, true);
      root.removeEventListener('change', onInput, true);
    },
    replay: () => {
      for (const r of log.splice(0)) {
        if (!r.el.isConnected) continue;
        if (r.kind === 'click') r.el.click();
        else if (r.kind === 'checked') {
          // Hydration put back the server's state: click the box into the reader's.
          if (r.el.checked === r.checked) setNative(r.el, 'checked', !r.checked);
          r.el.click();
        } else {
          setNative(r.el, 'value', r.value);
          r.el.dispatchEvent(new Event('input', { bubbles: true }));
          r.el.dispatchEvent(new Event('change', { bubbles: true }));
        }
      }
    },
  };
}
