import { LitElement } from 'lit';
import type { CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import type { DvcBackend } from '../backend/backend.js';
import { ConfigController } from '../config/config-controller.js';
import { LangController, translate } from '../i18n/i18n.js';
import type { Lang, MessageOverrides, MessageParams } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/vi.js';
import { baseStyles } from '../styles.js';

/**
 * The base class of every dvc-elements component: configuration (`base-url`, `.backend`, the nearest
 * `<dvc-config>`, `configure()`), the language and texts (`msg()`), and the shared styles.
 * Subclasses put `static override styles = [DvcElement.styles, css\`…\`]`.
 */
export class DvcElement extends LitElement {
  static override styles: CSSResultGroup = baseStyles;

  /** Where the backend contract's paths live; beats `<dvc-config>` and `configure()`. */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /** An adapter for another backend (JS property only); beats everything else. */
  @property({ attribute: false }) backend?: DvcBackend;

  /** Replacement texts for this element only, per language, e.g. `{ vi: { 'common.retry': 'Tải lại' } }`. */
  @property({ attribute: false }) messages?: MessageOverrides;

  /** The resolved settings (backend, token, configured language, merged texts). */
  protected readonly config: ConfigController = new ConfigController(this, () => ({
    baseUrl: this.baseUrl,
    backend: this.backend,
    messages: this.messages,
  }));

  readonly #lang: LangController = new LangController(this, { configured: () => this.config.lang });

  /** The language this element speaks now. */
  protected get language(): Lang {
    return this.#lang.lang;
  }

  /** The text of `key` in the element's language, with `{name}` placeholders filled from `params`. */
  protected msg(key: MessageKey | (string & {}), params?: MessageParams): string {
    return translate(this.#lang.lang, key, params, this.config.messages);
  }
}
