// The only module of @dvc/status-tracker with a side effect: it registers <dvc-status-tracker>.
import { defineElement } from '@dvc/core';
import { DvcStatusTracker } from './status-tracker.js';

defineElement('dvc-status-tracker', DvcStatusTracker);

export { DvcStatusTracker };
