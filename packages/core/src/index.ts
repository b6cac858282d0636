// Pure exports of @dvc/core: nothing here registers an element or touches the page on import.
export type * from './contract/index.js';
export * from './backend/index.js';
export * from './config/index.js';
export * from './i18n/index.js';
export * from './format/index.js';
export * from './element/index.js';
export { baseStyles, hostStyles, focusRingStyles, visuallyHiddenStyles, reducedMotionStyles } from './styles.js';
