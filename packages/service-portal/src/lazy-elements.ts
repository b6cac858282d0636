// Every dvc-* tag, registered with code that downloads only when the tag is first used (on the page,
// or rendered by the portal after `loadElement`). The all-in-one bundle calls `defineAllLazily()`, so a
// page with only the tracker downloads only the tracker; the portal loads each view's code on first visit.
import { defineElementLazily } from '@dvc/core';

/** Registers the four component families' tags lazily (the portal's children). */
export function defineComponentsLazily(): void {
  defineElementLazily('dvc-procedure-finder', () => import('@dvc/procedure-finder/define.js').then((m) => m.DvcProcedureFinder));
  // Through the package's index: the finder's define.js would register the page lazily to itself.
  defineElementLazily('dvc-procedure-detail', () => import('@dvc/procedure-finder').then((m) => m.DvcProcedureDetail));
  defineElementLazily('dvc-service-form', () => import('@dvc/service-form/define.js').then((m) => m.DvcServiceForm));
  defineElementLazily('dvc-dossier-receipt', () => import('@dvc/service-form/define.js').then((m) => m.DvcDossierReceipt));
  defineElementLazily('dvc-fee-payment', () => import('@dvc/fee-payment/define.js').then((m) => m.DvcFeePayment));
  defineElementLazily('dvc-status-tracker', () => import('@dvc/status-tracker/define.js').then((m) => m.DvcStatusTracker));
}

/** Every tag, the portal included. */
export function defineAllLazily(): void {
  defineElementLazily('dvc-service-portal', () => import('./define.js').then((m) => m.DvcServicePortal));
  defineComponentsLazily();
}
