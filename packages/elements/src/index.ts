// The all-in-one bundle: registers every dvc-* tag that exists and re-exports the public API, so a
// portal page needs one <script type="module" src=".../dvc-elements.js"> and nothing else.
import '@dvc/core/define.js';
import '@dvc/procedure-finder/define.js';
import '@dvc/fee-payment/define.js';
import '@dvc/service-form/define.js';
import '@dvc/status-tracker/define.js';

export * from '@dvc/core';
export * from '@dvc/procedure-finder';
export * from '@dvc/fee-payment';
export * from '@dvc/service-form';
export * from '@dvc/status-tracker';
