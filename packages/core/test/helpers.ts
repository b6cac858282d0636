// Shared by the browser tests of the core.
import { html, render } from 'lit';
import type { TemplateResult } from 'lit';
import type { DvcBackend } from '../src/backend/backend.js';
import { RestBackend } from '../src/backend/rest-backend.js';
import { configure } from '../src/config/config.js';
import { defineElement } from '../src/element/define-element.js';
import { DvcElement } from '../src/element/dvc-element.js';

/** A component that shows what it resolved: backend, language and one text. */
export class TestConsumer extends DvcElement {
  /** The resolved backend, for identity checks. */
  get resolvedBackend(): DvcBackend | undefined {
    return this.config.backend;
  }

  protected override render(): TemplateResult {
    const backend = this.config.backend;
    const where = backend instanceof RestBackend ? backend.baseUrl : backend ? (backend as unknown as { label: string }).label : 'none';
    return html`<span part="backend">${where}</span><span part="lang">${this.language}</span><span part="text">${this.msg('common.retry')}</span>`;
  }
}
defineElement('test-consumer', TestConsumer);

declare global {
  interface HTMLElementTagNameMap {
    'test-consumer': TestConsumer;
  }
}

/** The text of one part of a consumer's shadow root. */
export function shown(el: Element, part: 'backend' | 'lang' | 'text'): string {
  return el.shadowRoot?.querySelector(`[part="${part}"]`)?.textContent ?? '';
}

/** A stand-in backend that only has a label (the tests never call it). */
export function labelledBackend(label: string): DvcBackend {
  return { label } as unknown as DvcBackend;
}

/** Forgets every configure() setting. */
export function resetGlobalConfig(): void {
  configure({ baseUrl: undefined, backend: undefined, lang: undefined, token: undefined, messages: undefined });
}

const containers: HTMLElement[] = [];

/**
 * Renders `template` into a fresh container in the document and waits for the Lit elements in it to
 * update. Unlike `fixture()`, it never waits for an animation frame, which does not come in a
 * background page when the runner tests several files at once.
 */
export async function mount<T extends Element = HTMLElement>(template: TemplateResult): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  containers.push(container);
  render(template, container);
  await settle(container);
  return container.firstElementChild as T;
}

/** Waits until every Lit element under `root` (light DOM) has finished updating. */
export async function settle(root: ParentNode): Promise<void> {
  for (const el of root.querySelectorAll('*')) {
    const pending = (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
    if (pending) await pending;
  }
}

afterEach(() => {
  for (const container of containers.splice(0)) container.remove();
});
