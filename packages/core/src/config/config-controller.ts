import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DvcBackend } from '../backend/backend.js';
import type { TokenProvider } from '../backend/rest-backend.js';
import type { Lang, MessageOverrides } from '../i18n/i18n.js';
import { getGlobalConfig, mergeMessages, onGlobalConfigChange, restBackendFor } from './config.js';
import type { DvcConfig } from './config.js';
import { dvcConfigContext } from './config-context.js';
import { ensureContextRoot } from './context-root.js';

/**
 * Resolves a component's settings: its own attribute/property › the nearest `<dvc-config>` ancestor
 * (also one defined or connected later) › `configure()` › defaults. Re-renders the host when any level
 * changes. `own` returns what the element itself was given (e.g. `{ baseUrl: this.baseUrl }`).
 */
export class ConfigController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #own: () => DvcConfig;
  readonly #consumer: ContextConsumer<typeof dvcConfigContext, ReactiveControllerHost & HTMLElement>;
  #stopGlobal: (() => void) | undefined;
  #messages: { sources: unknown[]; merged: MessageOverrides } | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, own: () => DvcConfig = () => ({})) {
    this.#host = host;
    this.#own = own;
    ensureContextRoot();
    this.#consumer = new ContextConsumer(host, { context: dvcConfigContext, subscribe: true });
    host.addController(this);
  }

  hostConnected(): void {
    this.#stopGlobal ??= onGlobalConfigChange(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#stopGlobal?.();
    this.#stopGlobal = undefined;
    // Forget the old provider: after a move, the new position may have another one or none.
    this.#consumer.value = undefined;
  }

  /** What the nearest `<dvc-config>` provides (already merged with the ones around it), if any. */
  get provided(): DvcConfig | undefined {
    return this.#consumer.value;
  }

  #levels(): DvcConfig[] {
    return [this.#own(), this.#consumer.value ?? {}, getGlobalConfig()];
  }

  #pick<K extends keyof DvcConfig>(key: K): DvcConfig[K] | undefined {
    for (const level of this.#levels()) {
      const value = level[key];
      if (value !== undefined && value !== '') return value;
    }
    return undefined;
  }

  get baseUrl(): string | undefined {
    return this.#pick('baseUrl');
  }

  /** The configured language (not the `lang` attributes around the element: see `LangController`). */
  get lang(): Lang | undefined {
    return this.#pick('lang');
  }

  get token(): TokenProvider | undefined {
    return this.#pick('token');
  }

  /** Whether forms use the backend's precompiled validators instead of compiling (strict CSP); off by default. */
  get precompiledValidators(): boolean {
    return this.#pick('precompiledValidators') ?? false;
  }

  /**
   * The backend to talk to: on the nearest level that has one, its `backend`, else a `RestBackend` for
   * its `baseUrl` (one instance per base URL and token provider, shared across components); undefined
   * when nothing is configured — show `config.noBackend` then.
   */
  get backend(): DvcBackend | undefined {
    for (const level of this.#levels()) {
      if (level.backend) return level.backend;
      if (level.baseUrl) return restBackendFor(level.baseUrl, this.token);
    }
    return undefined;
  }

  /** Message overrides of all levels, merged key by key (nearest wins). */
  get messages(): MessageOverrides {
    const sources = [getGlobalConfig().messages, this.#consumer.value?.messages, this.#own().messages];
    const cached = this.#messages;
    if (cached && cached.sources.every((source, i) => source === sources[i])) return cached.merged;
    const merged = mergeMessages(...sources);
    this.#messages = { sources, merged };
    return merged;
  }
}
