import type { DvcBackend } from '../backend/backend.js';
import { RestBackend } from '../backend/rest-backend.js';
import type { TokenProvider } from '../backend/rest-backend.js';
import type { Lang, MessageOverrides } from '../i18n/i18n.js';

/**
 * Settings shared by all components. Each can be given on three levels; the nearest wins:
 * the element's own attribute/property › the nearest `<dvc-config>` ancestor › `configure()` › defaults.
 */
export interface DvcConfig {
  /** Where the backend contract's paths live (e.g. `/api/v1`); a `RestBackend` is made for it on first use. */
  baseUrl?: string;
  /** An adapter for another backend; on the same level it wins over `baseUrl`. */
  backend?: DvcBackend;
  /** The language when no `lang` attribute is set around the component (below it: `<html lang>`, then `vi`). */
  lang?: Lang;
  /** The host page's login token; used by the `RestBackend` made from `baseUrl`. */
  token?: TokenProvider;
  /** Replacement texts per language; merged key by key, nearer levels winning. */
  messages?: MessageOverrides;
  /**
   * Forms validate with the backend's precompiled validators (`DvcBackend.getFormValidators`) and never
   * load or run Ajv's compiler, which needs `eval`: for pages under a strict Content-Security-Policy
   * (no `unsafe-eval`). A form whose backend offers none shows an error instead of compiling.
   */
  precompiledValidators?: boolean;
}

interface GlobalState {
  config: DvcConfig;
  readonly listeners: Set<() => void>;
}

// Kept on globalThis under a registered symbol so that two bundles of the core on one page (portals
// load several) share one configuration.
const STATE_KEY = Symbol.for('dvc-elements.global-config');
const state: GlobalState = ((globalThis as Record<symbol, unknown>)[STATE_KEY] as GlobalState | undefined)
  ?? ((globalThis as Record<symbol, unknown>)[STATE_KEY] = { config: {}, listeners: new Set() } as GlobalState);

/**
 * Sets page-wide defaults for every component, e.g. `configure({ baseUrl: '/api/v1', lang: 'vi' })`.
 * Settings given are replaced (set one to `undefined` to clear it); settings not given are kept.
 * Components already on the page update.
 */
export function configure(partial: DvcConfig): void {
  state.config = { ...state.config, ...partial };
  for (const listener of [...state.listeners]) listener();
}

/** The page-wide settings given to `configure()`. */
export function getGlobalConfig(): Readonly<DvcConfig> {
  return state.config;
}

/** Calls `listener` after every `configure()`; returns the function that stops it. */
export function onGlobalConfigChange(listener: () => void): () => void {
  state.listeners.add(listener);
  return () => state.listeners.delete(listener);
}

const restBackends = new Map<string, { plain?: RestBackend; byToken: WeakMap<TokenProvider, RestBackend> }>();

/**
 * The `RestBackend` for `baseUrl` (and token provider), made once and shared by every component that
 * resolves to the same settings. Keyed weakly by the token provider, so replacing it frees the old one.
 */
export function restBackendFor(baseUrl: string, token?: TokenProvider): RestBackend {
  let entry = restBackends.get(baseUrl);
  if (!entry) restBackends.set(baseUrl, (entry = { byToken: new WeakMap() }));
  if (!token) return (entry.plain ??= new RestBackend({ baseUrl }));
  let backend = entry.byToken.get(token);
  if (!backend) entry.byToken.set(token, (backend = new RestBackend({ baseUrl, token })));
  return backend;
}

/** Merges message overrides per language, later sources winning key by key. */
export function mergeMessages(...sources: (MessageOverrides | undefined)[]): MessageOverrides {
  const merged: Record<string, Record<string, string>> = {};
  for (const source of sources) {
    if (!source) continue;
    for (const [lang, texts] of Object.entries(source)) {
      if (texts) merged[lang] = { ...merged[lang], ...texts };
    }
  }
  return merged as MessageOverrides;
}
