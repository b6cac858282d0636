// The only module of @dvc/procedure-finder that registers tags.
import { defineElement, defineElementLazily } from '@dvc/core';
import { DvcProcedureFinder } from './procedure-finder.js';

defineElement('dvc-procedure-finder', DvcProcedureFinder);
// The procedure page loads when first needed (a <dvc-procedure-detail> on the page, or the finder
// opening a procedure), so searching downloads only the finder.
defineElementLazily('dvc-procedure-detail', () => import('./procedure-detail.js').then((m) => m.DvcProcedureDetail));

export { DvcProcedureFinder };
