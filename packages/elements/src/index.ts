// The all-in-one bundle: one <script type="module" src=".../dvc-elements.js"> registers every dvc-* tag.
// Only <dvc-config> and the core API load at once; each component's code is a chunk (sdk/chunks/)
// that downloads when its tag first appears, so a page with only the tracker loads only the tracker.
// The component classes and their helpers are in the npm packages (@dvc/service-form, …); this
// file exports core's API (configure, RestBackend, loadElement, …).
import '@dvc/core/define.js';
import { defineAllLazily } from '@dvc/service-portal/lazy-elements.js';

defineAllLazily();

export * from '@dvc/core';
