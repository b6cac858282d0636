import { ContextConsumer, ContextProvider } from '@lit/context';
import { css, html, LitElement } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { DvcBackend } from '../backend/backend.js';
import type { TokenProvider } from '../backend/rest-backend.js';
import { toLang } from '../i18n/i18n.js';
import type { MessageOverrides } from '../i18n/i18n.js';
import { mergeMessages } from './config.js';
import type { DvcConfig } from './config.js';
import { dvcConfigContext } from './config-context.js';
import { ensureContextRoot } from './context-root.js';

/**
 * Gives the components inside it their backend, language and texts, for one part of a page. Renders
 * nothing of its own (`display: contents`). Settings it does not give come from an outer `<dvc-config>`,
 * then from `configure()`; a component's own attributes beat it.
 *
 * ```html
 * <dvc-config base-url="https://dichvucong.example.gov.vn/api/v1" lang="vi">
 *   <dvc-procedure-finder></dvc-procedure-finder>
 * </dvc-config>
 * ```
 *
 * @tagname dvc-config
 * @summary Configuration for the dvc-elements inside it.
 * @slot - The components (and any other content) the configuration applies to.
 */
export class DvcConfigElement extends LitElement {
  static override styles = css`
    :host { display: contents; }
  `;

  /** Where the backend contract's paths live, e.g. `/api/v1`. */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /** The language of the components inside (`vi` or `en`); a plain `lang` attribute, so nested elements inherit it too. */
  @property({ reflect: true }) override lang!: string;

  /** An adapter for another backend (JS property only); wins over `base-url` on this element. */
  @property({ attribute: false }) backend?: DvcBackend;

  /** The host page's login token provider (JS property only). */
  @property({ attribute: false }) token?: TokenProvider;

  /** Replacement texts per language (JS property only), e.g. `{ vi: { 'common.retry': 'Tải lại' } }`. */
  @property({ attribute: false }) messages?: MessageOverrides;

  /**
   * Forms inside validate with the backend's precompiled validators, never with Ajv's compiler (which
   * needs `eval`): for pages under a strict Content-Security-Policy. Not set: as around this element.
   */
  @property({ type: Boolean, attribute: 'precompiled-validators' }) precompiledValidators?: boolean;

  readonly #outer = new ContextConsumer(this, { context: dvcConfigContext, subscribe: true });
  readonly #provider = new ContextProvider(this, { context: dvcConfigContext, initialValue: {} });

  constructor() {
    super();
    ensureContextRoot();
  }

  /** The settings this element gives, merged over those of an outer `<dvc-config>`. */
  get value(): DvcConfig {
    return this.#provider.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#provider.setValue(this.#compute());
  }

  protected override willUpdate(_changed: PropertyValues<this>): void {
    this.#provider.setValue(this.#compute());
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }

  #compute(): DvcConfig {
    const outer = this.#outer.value ?? {};
    const own: DvcConfig = {};
    if (this.baseUrl) own.baseUrl = this.baseUrl;
    if (this.backend) own.backend = this.backend;
    if (this.token) own.token = this.token;
    if (this.precompiledValidators !== undefined) own.precompiledValidators = this.precompiledValidators;
    const lang = toLang(this.lang);
    if (lang) own.lang = lang;
    const merged: DvcConfig = { ...outer, ...own };
    if (outer.messages || this.messages) merged.messages = mergeMessages(outer.messages, this.messages);
    return merged;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'dvc-config': DvcConfigElement;
  }
}
