// Shared by the browser tests of the core.
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { DvcBackend } from '../src/backend/backend.js';
import { RestBackend } from '../src/backend/rest-backend.js';
import { configure } from '../src/config/config.js';
import { defineElement } from '../src/element/define-element.js';
import { DvcElement } from '../src/element/dvc-element.js';
import { unmountAll } from '../testing/mount.js';

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

export { mount, settle } from '../testing/mount.js';

afterEach(unmountAll);
