// The all-in-one bundle: one <script type="module" src=".../dvc-elements.js"> registers every dvc-* tag.
// Only <dvc-config> and the core API load at once; each component's code is a chunk (sdk/chunks/)
// that downloads when its tag first appears, so a page with only the tracker loads only the tracker.
// The component classes and their helpers are in the npm packages (@dvc/service-form, …); this
// file exports core's API for pages and adapters (configure, RestBackend, BackendError, loadElement, texts…);
// core's formatting helpers (dates, money, working days) stay in @dvc/core, so no page downloads them
// unless a component that shows them does.
import '@dvc/core/define.js';
import { defineAllLazily } from '@dvc/service-portal/lazy-elements.js';

defineAllLazily();

export {
  BackendError, isBackendError, RestBackend,
  configure, getGlobalConfig, onGlobalConfigChange, restBackendFor, mergeMessages, dvcConfigContext, DvcConfigElement,
  ConfigController,
  vi, LANGS, toLang, registerMessages, registerCatalogues, registerMessageLoader, loadMessages, hasPendingMessages,
  interpolate, translate, hasMessage, resolveLang, LangController,
  defineElement, defineElementLazily, loadElement, DvcElement,
  baseStyles, hostStyles, focusRingStyles, visuallyHiddenStyles, reducedMotionStyles,
} from '@dvc/core';
export type * from '@dvc/core';
