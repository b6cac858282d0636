import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { vi } from './vi.js';
import type { MessageKey, Messages } from './vi.js';

/** The languages the components speak. */
export type Lang = 'vi' | 'en';

/** The supported languages, default first. */
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** Texts keyed by message key: the core's own keys (typed) and any component's keys. */
export type MessageTexts = Partial<Messages> & Readonly<Record<string, string>>;

/** Per-language overrides of texts, as given to `configure({ messages })`, `<dvc-config>.messages` or an element's `.messages`. */
export type MessageOverrides = Partial<Record<Lang, MessageTexts>>;

/** Values for `{name}` placeholders. */
export type MessageParams = Readonly<Record<string, string | number>>;

const catalogues: Record<Lang, Record<string, string>> = { vi: { ...vi }, en: {} };

/**
 * Maps a BCP 47 tag to a supported language: `vi-VN` → `vi`, `en-GB` → `en`; anything else → undefined.
 */
export function toLang(tag: string | null | undefined): Lang | undefined {
  if (!tag) return undefined;
  const primary = tag.trim().toLowerCase().split(/[-_]/, 1)[0];
  return primary === 'vi' || primary === 'en' ? primary : undefined;
}

/**
 * Adds (or replaces) texts of one language in the shared catalogue. Components call it once at module
 * load with their own keys (`'serviceForm.submit'`, …). Prefer `registerCatalogues()`, which checks
 * that every language has the same keys.
 */
export function registerMessages(lang: Lang, messages: Readonly<Record<string, string>>): void {
  Object.assign(catalogues[lang], messages);
}

/**
 * Registers a component's catalogues for every language at once. The type makes `en` (and any other
 * language) carry exactly the keys of `vi`, so a missing translation fails tsc:
 * ```ts
 * const vi = { 'finder.placeholder': 'Nhập tên thủ tục' } as const;
 * registerCatalogues({ vi, en: { 'finder.placeholder': 'Procedure name' } });
 * ```
 */
export function registerCatalogues<M extends Readonly<Record<string, string>>>(
  byLang: { readonly vi: M } & {
    readonly [L in Exclude<Lang, 'vi'>]: Translation<M> | (() => Promise<Translation<M>>);
  },
): void {
  for (const lang of LANGS) {
    const texts = byLang[lang];
    if (typeof texts === 'function') registerMessageLoader(lang, texts);
    else registerMessages(lang, texts);
  }
}

/** A catalogue with exactly the keys of the Vietnamese one `M`. */
export type Translation<M> = { readonly [K in keyof M]: string };

type MessageLoader = () => Promise<Readonly<Record<string, string>>>;
// The core's own English texts load like every component's: on first use of English.
const loaders: Record<Lang, MessageLoader[]> = { vi: [], en: [() => import('./en.js').then((m) => m.en)] };
const loading: Partial<Record<Lang, Promise<void>>> = {};

/**
 * Registers texts that load on first use of `lang`, e.g. `() => import('./en.js').then((m) => m.en)`,
 * so a Vietnamese page never downloads the English catalogue. Elements load them through
 * `LangController` and re-render when they arrive (Vietnamese shows meanwhile).
 */
export function registerMessageLoader(lang: Lang, load: MessageLoader): void {
  loaders[lang].push(load);
}

/** Loads the pending texts of `lang` (once); resolves at once when nothing is pending. */
export function loadMessages(lang: Lang): Promise<void> {
  const pending = loaders[lang].splice(0);
  if (pending.length) {
    const before = loading[lang];
    loading[lang] = Promise.all([before, ...pending.map((load) => load().then((texts) => registerMessages(lang, texts)))])
      .then(() => undefined);
  }
  return loading[lang] ?? Promise.resolve();
}

/** Whether texts of `lang` are registered but not loaded yet. */
export function hasPendingMessages(lang: Lang): boolean {
  return loaders[lang].length > 0;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** Replaces `{name}` placeholders with `params.name`; unknown placeholders are left visible. */
export function interpolate(text: string, params?: MessageParams): string {
  if (!params || !text.includes('{')) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole);
}

/**
 * The text of `key` in `lang`, looked up in: `overrides[lang]`, the registered catalogue of `lang`,
 * the Vietnamese catalogue (so an untranslated component key still shows something readable), and
 * finally the key itself (so a missing key is visible, never an empty string).
 */
export function translate(
  lang: Lang,
  key: MessageKey | (string & {}),
  params?: MessageParams,
  overrides?: MessageOverrides,
): string {
  const text = overrides?.[lang]?.[key] ?? catalogues[lang][key] ?? catalogues.vi[key] ?? key;
  return interpolate(text, params);
}

/** Whether a text exists for `key` in `lang` (overrides excluded). */
export function hasMessage(lang: Lang, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(catalogues[lang], key);
}

/** The element a node inherits `lang` from: its parent, or the host when the parent is a shadow root. */
function parentForLang(node: Node): Node | null {
  const parent = node.parentNode;
  if (parent && parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (parent as ShadowRoot).host) {
    return (parent as ShadowRoot).host;
  }
  return parent;
}

/**
 * The language of an element: the nearest non-empty `lang` attribute on the element or an ancestor,
 * walking out of shadow roots to their hosts (but not `<html>`), then `configured` (from
 * `<dvc-config>` / `configure()`), then `<html lang>`, then `vi`. Tags are reduced to the primary
 * language (`vi-VN` → `vi`); a language we do not speak gives `vi`.
 *
 * `configured` sits below the element's own ancestors (an author who wrote `lang="en"` around a
 * component means it) and above `<html lang>` (a portal calling `configure({ lang: 'en' })` on a page
 * whose template says `lang="vi"` means it too).
 */
export function resolveLang(el: Element, configured?: Lang): Lang {
  const root = el.ownerDocument?.documentElement;
  for (let node: Node | null = el; node; node = parentForLang(node)) {
    if (node === root) break;
    if (node.nodeType === Node.ELEMENT_NODE) {
      const value = (node as Element).getAttribute('lang');
      if (value) return toLang(value) ?? 'vi';
    }
  }
  if (configured) return configured;
  return toLang(root?.getAttribute('lang')) ?? 'vi';
}

/** The roots whose `lang` changes can change an element's language: its own tree and every tree around it. */
function rootsOf(el: Element): Node[] {
  const roots: Node[] = [];
  for (let root = el.getRootNode(); ; ) {
    roots.push(root);
    if (root.nodeType === Node.DOCUMENT_FRAGMENT_NODE && (root as ShadowRoot).host) {
      root = (root as ShadowRoot).host.getRootNode();
    } else {
      return roots;
    }
  }
}

export interface LangControllerOptions {
  /** The configured language (from `<dvc-config>` / `configure()`), read on every resolution. */
  configured?: () => Lang | undefined;
}

/**
 * Keeps `lang` up to date for its host and re-renders the host when it changes: on the host, on an
 * ancestor (through shadow roots) or on `<html>`. One MutationObserver per host, watching only `lang`
 * attributes in the trees around it; nothing runs while the host is disconnected.
 */
export class LangController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  readonly #configured: () => Lang | undefined;
  #observer: MutationObserver | undefined;
  #lang: Lang | undefined;

  constructor(host: ReactiveControllerHost & Element, options: LangControllerOptions = {}) {
    this.#host = host;
    this.#configured = options.configured ?? (() => undefined);
    host.addController(this);
  }

  /** The host's current language. */
  get lang(): Lang {
    return (this.#lang ??= resolveLang(this.#host, this.#configured()));
  }

  hostConnected(): void {
    this.#lang = undefined;
    this.#observer ??= new MutationObserver(() => this.#refresh());
    for (const root of rootsOf(this.#host)) {
      this.#observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  hostUpdate(): void {
    // The configured language may have changed (that change is what requested this update).
    this.#lang = resolveLang(this.#host, this.#configured());
    if (hasPendingMessages(this.#lang)) void loadMessages(this.#lang).then(() => this.#host.requestUpdate());
  }

  #refresh(): void {
    const next = resolveLang(this.#host, this.#configured());
    if (next !== this.#lang) {
      this.#lang = next;
      this.#host.requestUpdate();
    }
  }
}
