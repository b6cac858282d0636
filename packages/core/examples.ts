// Named examples of the core: the stories render them, the browser tests check them (accessibility,
// what the components inside resolve), and the README shows the same markup.
import { css, html } from 'lit';
import type { TemplateResult } from 'lit';
import { RestBackend } from './src/backend/rest-backend.js';
import './src/define.js';
import { defineElement } from './src/element/define-element.js';
import { DvcElement } from './src/element/dvc-element.js';
import { formatDate, formatVnd } from './src/format/index.js';

/**
 * Shows what a component at its position resolves: backend, language and a few texts. For demos and
 * tests only; it calls no backend.
 *
 * @summary Shows the configuration a component would use here.
 */
export class DvcExampleConfigProbe extends DvcElement {
  static override styles = [
    DvcElement.styles,
    css`
      :host { display: block; }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: var(--dvc-space-xs, 0.25rem) var(--dvc-space-m, 1rem);
        margin: 0;
        padding: var(--dvc-space-m, 1rem);
        border: var(--dvc-border-width, 1px) solid var(--dvc-color-border, #6f7377);
        border-radius: var(--dvc-radius-m, 4px);
        background: var(--dvc-color-surface, #ffffff);
      }
      dt { font-weight: var(--dvc-font-weight-bold, 700); }
      dd { margin: 0; }
    `,
  ];

  protected override render(): TemplateResult {
    const backend = this.config.backend;
    const where = backend instanceof RestBackend ? backend.baseUrl : backend ? 'adapter' : this.msg('config.noBackend');
    return html`<dl part="base">
      <dt>backend</dt><dd part="backend">${where}</dd>
      <dt>lang</dt><dd part="lang">${this.language}</dd>
      <dt>status.4</dt><dd>${this.msg('status.4')}</dd>
      <dt>onlineClass.full</dt><dd>${this.msg('onlineClass.full')} (${this.msg('onlineClass.full.old')})</dd>
      <dt>formatVnd</dt><dd>${formatVnd(50000)}</dd>
      <dt>formatDate</dt><dd>${formatDate('2026-03-10')}</dd>
    </dl>`;
  }
}
defineElement('dvc-example-config-probe', DvcExampleConfigProbe);

declare global {
  interface HTMLElementTagNameMap {
    'dvc-example-config-probe': DvcExampleConfigProbe;
  }
}

export interface Example {
  readonly title: string;
  readonly render: () => TemplateResult;
}

export const examples = {
  /** A base URL and a language for everything inside. */
  basic: {
    title: '<dvc-config> with base-url and lang',
    render: () => html`<dvc-config base-url="https://dichvucong.example.gov.vn/api/v1" lang="vi">
      <dvc-example-config-probe></dvc-example-config-probe>
    </dvc-config>`,
  },
  /** English for one region of the page. */
  english: {
    title: 'English region',
    render: () => html`<dvc-config base-url="/api/v1" lang="en">
      <dvc-example-config-probe></dvc-example-config-probe>
    </dvc-config>`,
  },
  /** An inner <dvc-config> changes the language and keeps the outer base URL; an attribute beats both. */
  nested: {
    title: 'Nested, with an element attribute',
    render: () => html`<dvc-config base-url="/api/v1" lang="vi">
      <dvc-example-config-probe></dvc-example-config-probe>
      <dvc-config lang="en">
        <dvc-example-config-probe></dvc-example-config-probe>
        <dvc-example-config-probe base-url="https://other.example.gov.vn/api/v1"></dvc-example-config-probe>
      </dvc-config>
    </dvc-config>`,
  },
  /** Nothing configured: the component says so instead of failing silently. */
  unconfigured: {
    title: 'Nothing configured',
    render: () => html`<dvc-example-config-probe></dvc-example-config-probe>`,
  },
} satisfies Record<string, Example>;
