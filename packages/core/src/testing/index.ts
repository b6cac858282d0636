// Test utilities for dvc-elements packages (browser tests under @web/test-runner + @open-wc/testing).
// Not part of the runtime bundle.
export { RecordingBackend } from './recording-backend.js';
export type { BackendMethod, RecordedCall } from './recording-backend.js';
export { mount, settle, unmountAll, deepText } from './mount.js';
export { runElementBaseSuite } from './element-suite.js';
export type { SuiteExample, ElementSuiteOptions } from './element-suite.js';
