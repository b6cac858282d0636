// The all-in-one bundle: registers every dvc-* tag that exists and re-exports the public API, so a
// portal page needs one <script type="module" src=".../dvc-elements.js"> and nothing else.
import '@dvc/core/define.js';

export * from '@dvc/core';
