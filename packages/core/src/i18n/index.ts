export { vi } from './vi.js';
export type { Messages, MessageKey } from './vi.js';
export {
  LANGS, toLang, registerMessages, registerCatalogues, registerMessageLoader, loadMessages, hasPendingMessages,
  interpolate, translate, hasMessage, resolveLang, LangController,
} from './i18n.js';
export type { Lang, MessageTexts, MessageOverrides, MessageParams, LangControllerOptions, Translation } from './i18n.js';
