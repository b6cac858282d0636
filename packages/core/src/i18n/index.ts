export { vi } from './vi.js';
export type { Messages, MessageKey } from './vi.js';
export { en } from './en.js';
export {
  LANGS, toLang, registerMessages, registerCatalogues, interpolate, translate, hasMessage, resolveLang, LangController,
} from './i18n.js';
export type { Lang, MessageTexts, MessageOverrides, MessageParams, LangControllerOptions } from './i18n.js';
