// Driving a page with the keyboard alone, as a citizen who cannot use a mouse does: Tab (or Shift+Tab)
// until the focused element is the one wanted, with a limit, so a control that Tab never reaches fails
// the test; what has focus is read through shadow roots (document.activeElement → shadowRoot.activeElement
// → …). A guard records every mouse event the page receives, so a test can show there was none.
import type { Page } from 'playwright-core';

/** What a keyboard user has focused, read from the deepest active element. */
export interface Focused {
  /** Tag names of the shadow hosts on the way down, outermost first (`['dvc-service-portal', 'dvc-service-form']`). */
  hosts: string[];
  tag: string;
  id: string;
  /** A close approximation of the accessible name: aria-label, aria-labelledby, the labels, else the text. */
  name: string;
  role: string;
  type: string;
  /** The `name` attribute (a form field's JSON pointer in `<dvc-service-form>`). */
  field: string;
  checked: boolean;
  value: string;
  /** The selected option's text, for a `<select>`. */
  selected: string;
  focusVisible: boolean;
  outline: string;
  boxShadow: string;
}

// Plain JavaScript in strings: the TypeScript transform of the tests would add helpers the page lacks.
const READ_FOCUS = `(() => {
  let el = document.activeElement;
  const hosts = [];
  while (el && el.shadowRoot && el.shadowRoot.activeElement) {
    hosts.push(el.localName);
    el = el.shadowRoot.activeElement;
  }
  if (!el || el === document.body || el === document.documentElement) return null;
  const root = el.getRootNode();
  const text = (node) => (node ? node.textContent : '').replace(/\\s+/g, ' ').trim();
  let name = (el.getAttribute('aria-label') || '').trim();
  const labelledBy = el.getAttribute('aria-labelledby');
  if (!name && labelledBy) name = labelledBy.split(/\\s+/).map((id) => text(root.getElementById(id))).join(' ').trim();
  if (!name && el.labels && el.labels.length) name = Array.from(el.labels).map(text).join(' ');
  if (!name) name = text(el);
  const style = getComputedStyle(el);
  return {
    hosts, tag: el.localName, id: el.id, name, role: el.getAttribute('role') || '', type: el.type || '',
    field: el.getAttribute('name') || '', checked: !!el.checked, value: 'value' in el ? String(el.value) : '',
    selected: el.localName === 'select' && el.selectedIndex >= 0 ? text(el.options[el.selectedIndex]) : '',
    focusVisible: el.matches(':focus-visible'), outline: style.outlineStyle, boxShadow: style.boxShadow,
  };
})()`;

export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(READ_FOCUS) as Promise<Focused | null>;
}

const describe = (f: Focused | null) => (f ? `${f.tag}${f.id ? `#${f.id}` : ''} “${f.name.slice(0, 60)}”` : 'nothing');

/**
 * Presses Tab (Shift+Tab when `backwards`) until the focused element matches, at most `limit` times;
 * fails with the path focus took when it never does.
 */
export async function tabTo(page: Page, match: (f: Focused) => boolean, what: string,
  { limit = 40, backwards = false }: { limit?: number; backwards?: boolean } = {}): Promise<Focused> {
  const path: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (now && match(now)) return now;
    path.push(describe(now));
  }
  throw new Error(`${what} was not reached with ${limit} presses of ${backwards ? 'Shift+Tab' : 'Tab'}; focus went: ${path.join(' → ')}`);
}

/** Waits until focus (moved by the page itself) is on a matching element. */
export async function waitForFocus(page: Page, match: (f: Focused) => boolean, what: string, timeout = 10_000): Promise<Focused> {
  const deadline = Date.now() + timeout;
  let now: Focused | null = null;
  while (Date.now() < deadline) {
    now = await focused(page);
    if (now && match(now)) return now;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`focus did not move to ${what} within ${timeout} ms; it is on ${describe(now)}`);
}

/** A focus indicator is painted: the element matches :focus-visible and has an outline or a box shadow. */
export function focusIsVisible(f: Focused): boolean {
  return f.focusVisible && (f.outline !== 'none' || f.boxShadow !== 'none');
}

/** The accessible name is `name` exactly, or matches the pattern. */
export const named = (name: string | RegExp) => (f: Focused) =>
  typeof name === 'string' ? f.name === name : name.test(f.name);

export interface PointerRecord {
  type: string;
  pointerType: string | null;
  detail: number;
  target: string;
}

/**
 * Records, on every document the tab opens, the trusted mouse-family events the page receives
 * (capture phase on window, so shadow DOM and stopPropagation hide nothing). A click a key press
 * synthesises (Enter on a link, Space on a button) is recorded too, with no mouse pointer type:
 * `mouseUsed` tells them apart.
 */
export async function recordPointerEvents(page: Page, records: PointerRecord[]): Promise<void> {
  await page.exposeFunction('__dvcTestPointer', (record: PointerRecord) => void records.push(record));
  await page.addInitScript(`(() => {
    for (const type of ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick', 'contextmenu', 'wheel']) {
      addEventListener(type, (event) => {
        if (!event.isTrusted) return;
        const target = event.composedPath()[0];
        window.__dvcTestPointer({
          type, pointerType: 'pointerType' in event ? event.pointerType : null, detail: event.detail,
          target: target && target.localName ? target.localName : String(target),
        });
      }, { capture: true });
    }
  })();`);
}

/** Records that only a mouse (or pen or finger) produces: anything but a key press's synthetic click. */
export function mouseUsed(records: readonly PointerRecord[]): PointerRecord[] {
  return records.filter((r) => r.type !== 'click' || (r.pointerType !== '' && r.pointerType !== null) || r.detail > 0);
}
