import { render } from 'lit';
import type { TemplateResult } from 'lit';

const containers: HTMLElement[] = [];

/**
 * Renders `template` into a fresh container in the document and waits for the Lit elements in it to
 * update; returns the first element. Unlike `fixture()` it never waits for an animation frame, which
 * does not come in a background page when the test runner runs several files at once.
 */
export async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  render(template, container);
  await settle(container);
  return container.firstElementChild as T;
}

/** Waits until every Lit element under `root` (light DOM and open shadow roots) has finished updating. */
export async function settle(root: ParentNode): Promise<void> {
  for (const el of root.querySelectorAll('*')) {
    const pending = (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
    if (pending) await pending;
    if (el.shadowRoot) await settle(el.shadowRoot);
  }
}

/** Removes everything `mount()` added (call it in `afterEach`). */
export function unmountAll(): void {
  for (const container of containers.splice(0)) container.remove();
}

/** The text a user sees in `node`, shadow roots included, whitespace collapsed. */
export function deepText(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    if (current.nodeType === Node.TEXT_NODE) parts.push(current.textContent ?? '');
    const shadow = (current as Element).shadowRoot;
    if (shadow) walk(shadow);
    for (const child of current.childNodes) walk(child);
  };
  walk(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
