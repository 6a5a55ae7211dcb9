import { afterEach, describe, expect, test } from 'vitest';
import { captureEarlyInput } from '../../../src/earlyInput';

/** A prerendered page in miniature: a theme select, a button, a tab link, a checkbox and a search box. */
function page() {
  document.body.innerHTML = `<div id="root"><header>
    <label class="ee-theme-picker"><span>Theme</span><select><option value="auto">Auto</option><option value="dark">Dark</option></select></label>
    <button type="button" id="present">Present</button>
    <a role="tab" id="tab" href="./clean-growth/">Clean growth</a>
    <input type="checkbox" id="box" checked>
    <input type="search" id="q" value="">
  </header></div><p><button type="button" id="outside">Outside</button></p>`;
  const root = document.getElementById('root') as HTMLElement;
  const el = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
  return { root, el };
}

afterEach(() => {
  delete document.documentElement.dataset.theme;
  document.body.innerHTML = '';
});

describe('captureEarlyInput', () => {
  test('a theme chosen before hydration is applied to <html> at once, and "Auto" removes it', () => {
    const { root } = page();
    captureEarlyInput(root, document.documentElement);
    const select = root.querySelector('select') as HTMLSelectElement;
    select.value = 'dark';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    select.value = 'auto';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });

  test("a tab link's navigation is held back; a click with a modifier key is left to the browser", () => {
    const { root, el } = page();
    captureEarlyInput(root, document.documentElement);
    const plain = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 });
    el('tab').dispatchEvent(plain);
    expect(plain.defaultPrevented).toBe(true);
    const newWindow = new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ctrlKey: true });
    el('tab').dispatchEvent(newWindow);
    expect(newWindow.defaultPrevented).toBe(false);
  });

  test('replay repeats the clicks in order and the latest value of each control, once, after stop()', () => {
    const { root, el } = page();
    const early = captureEarlyInput(root, document.documentElement);
    expect(early.pending()).toBe(false);
    el('present').click();
    el('tab').click();
    el('outside').click(); // not part of the app
    const q = el<HTMLInputElement>('q');
    q.value = 'tra';
    q.dispatchEvent(new Event('input', { bubbles: true }));
    q.value = 'transport';
    q.dispatchEvent(new Event('input', { bubbles: true }));
    el<HTMLInputElement>('box').click(); // unchecked by the reader
    expect(early.pending()).toBe(true);
    early.stop();

    // Hydration puts back the server's state; the app's handlers are now on the nodes.
    q.value = '';
    el<HTMLInputElement>('box').checked = true;
    const seen: string[] = [];
    for (const id of ['present', 'tab', 'outside']) el(id).addEventListener('click', () => seen.push(`click ${id}`));
    q.addEventListener('input', () => seen.push(`input ${q.value}`));
    el<HTMLInputElement>('box').addEventListener('change', (e) => seen.push(`box ${(e.target as HTMLInputElement).checked}`));
    early.replay();
    expect(seen).toEqual(['click present', 'click tab', 'input transport', 'box false']);
    expect(early.pending()).toBe(false);
    early.replay();
    expect(seen).toHaveLength(4);
  });
});
