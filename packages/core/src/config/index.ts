export { configure, getGlobalConfig, onGlobalConfigChange, restBackendFor, mergeMessages } from './config.js';
export type { DvcConfig } from './config.js';
export { dvcConfigContext } from './config-context.js';
export type { DvcConfigContext } from './config-context.js';
export { DvcConfigElement } from './dvc-config.js';
export { ConfigController } from './config-controller.js';
export { ensureContextRoot } from './context-root.js';
