// Browser test helpers for dvc-elements packages (@web/test-runner + @open-wc/testing); not part of
// the runtime bundle. `@dvc/core/testing.js` (packages/core/testing/index.ts) adds the reference-server
// backend and RecordingBackend.
export { mount, settle, unmountAll, deepText } from './mount.js';
export { runElementBaseSuite } from './element-suite.js';
export type { SuiteExample, ElementSuiteOptions } from './element-suite.js';
